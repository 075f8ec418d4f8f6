package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BandTest {

    @Test
    void diagonalBandHoldsBothCornersAndIsMonotone() {
        Band band = Band.diagonal(1000, 700, 10);
        assertThat(band.contains(0, 0)).isTrue();
        assertThat(band.contains(1000, 700)).isTrue();
        assertThat(band.contains(500, 350)).isTrue();
        assertThat(band.contains(500, 400)).isFalse();
        for (int i = 1; i <= 1000; i++) {
            assertThat(band.lo(i)).isGreaterThanOrEqualTo(band.lo(i - 1));
            assertThat(band.hi(i)).isGreaterThanOrEqualTo(band.hi(i - 1));
        }
    }

    @Test
    void cellCountIsLinearInLength() {
        assertThat(Band.diagonal(100_000, 100_000, 64).cells()).isLessThanOrEqualTo(100_001 * 129);
    }

    @Test
    void bandAroundAPathContainsThePath() {
        int[] rows = {0, 1, 3, 3, 4};
        int[] cols = {0, 2, 3, 4, 6};
        Band band = Band.around(4, 6, rows, cols, 1);
        for (int k = 0; k < rows.length; k++) {
            assertThat(band.contains(rows[k], cols[k])).isTrue();
        }
        assertThat(band.contains(4, 0)).isFalse();
    }

    @Test
    void edgeOfTheLatticeIsNotABandEdge() {
        Band band = Band.diagonal(10, 10, 100);
        assertThat(band.nearEdge(5, 5, 3)).isFalse();
        Band narrow = Band.diagonal(100, 100, 8);
        assertThat(narrow.nearEdge(50, 43, 3)).isTrue();
    }
}
