package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NumberNormalizerTest {

    @Test
    void decimalCommaAndDecimalPointAgree() {
        assertThat(NumberNormalizer.normalize("34,4")).isEqualTo(NumberNormalizer.normalize("34.4")).isEqualTo("34.4");
    }

    @Test
    void digitGroupingIsDroppedWhateverTheSeparator() {
        assertThat(NumberNormalizer.normalize("1,000")).isEqualTo("1000");
        assertThat(NumberNormalizer.normalize("1 000")).isEqualTo("1000");
        assertThat(NumberNormalizer.normalize("1\u00A0000")).isEqualTo("1000");
        assertThat(NumberNormalizer.normalize("1.000.000")).isEqualTo("1000000");
    }

    @Test
    void groupedNumberWithDecimalsKeepsTheDecimals() {
        assertThat(NumberNormalizer.normalize("1,234.5")).isEqualTo(NumberNormalizer.normalize("1 234,5")).isEqualTo("1234.5");
    }

    @Test
    void leadingZerosDoNotMatter() {
        assertThat(NumberNormalizer.normalize("007")).isEqualTo("7");
        assertThat(NumberNormalizer.normalize("0,5")).isEqualTo("0.5");
    }
}
