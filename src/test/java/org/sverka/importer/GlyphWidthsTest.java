package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlyphWidthsTest {
    @Test
    void measuresWideLettersWiderThanNarrowOnesOfTheSameCount() {
        assertThat(GlyphWidths.of("MWMWMWM")).isGreaterThan(2 * GlyphWidths.of("illicit"));
    }

    @Test
    void measuresCyrillicFromTheFontRatherThanAnAverage() {
        assertThat(GlyphWidths.of("Ш")).isGreaterThan(GlyphWidths.of("г") * 1.5f);
    }

    @Test
    void countsAnIdeographAsOneEm() {
        assertThat(GlyphWidths.of("中")).isEqualTo(1f);
    }

    @Test
    void givesNothingForEmptyText() {
        assertThat(GlyphWidths.of("")).isZero();
    }
}
