package org.sverka.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sverka.SverkaException;

class PageRangeTest {

    @Test
    void aPageInsideTheTextIsKeptAsGiven() {
        assertThat(PageRange.of(3, 2, "Palu quake", 27)).isEqualTo(new PageRange(3, 2));
    }

    @Test
    void aNegativeFirstPairIsRefusedWithTheTextsPairNumbers() {
        assertThatThrownBy(() -> PageRange.of(-5, 20, "Palu quake", 27)).isInstanceOf(SverkaException.class)
                .hasMessage("--from -5 is not a pair number: 'Palu quake' has pairs 1 to 27.");
    }

    @Test
    void pairZeroIsRefusedToo() {
        assertThatThrownBy(() -> PageRange.of(0, 20, "Palu quake", 27)).hasMessageStartingWith("--from 0 is not a pair number");
    }

    @Test
    void aCountOfZeroIsRefusedWithTheSmallestValidCount() {
        assertThatThrownBy(() -> PageRange.of(1, 0, "Palu quake", 27)).isInstanceOf(SverkaException.class)
                .hasMessage("--count 0 shows no pairs: give 1 or more pairs per page.");
    }

    @Test
    void aNegativeCountIsRefused() {
        assertThatThrownBy(() -> PageRange.of(1, -3, "Palu quake", 27)).hasMessageStartingWith("--count -3 shows no pairs");
    }
}
