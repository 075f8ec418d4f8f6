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

    @Test
    void lengthBandFollowsTheCharacterSharesNotTheSentenceCounts() {
        // source: ten sentences of 10 characters; target: one of 90 characters, then nine of 1
        long[] source = new long[11];
        for (int i = 1; i <= 10; i++) {
            source[i] = 10L * i;
        }
        long[] target = new long[11];
        target[1] = 90;
        for (int j = 2; j <= 10; j++) {
            target[j] = 90 + (j - 1);
        }
        Band band = Band.alongLengths(source, target, 0);
        assertThat(band.contains(5, 1)).isTrue();
        assertThat(band.contains(5, 5)).isFalse();
        assertThat(band.contains(10, 10)).isTrue();
        assertThat(band.contains(0, 0)).isTrue();
    }

    @Test
    void lengthBandOfEmptyTextIsTheDiagonal() {
        Band band = Band.alongLengths(new long[] {0, 0, 0}, new long[] {0, 0, 0}, 0);
        assertThat(band.contains(1, 1)).isTrue();
        assertThat(band.contains(1, 0)).isFalse();
    }
}
