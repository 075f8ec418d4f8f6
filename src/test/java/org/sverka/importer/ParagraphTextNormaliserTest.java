package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParagraphTextNormaliserTest {
    @Test
    void collapsesEveryKindOfSpaceAndLineBreakIntoOneSpace() {
        assertThat(ParagraphTextNormaliser.normalise("  US$38.5\u00A0billion,\t28\u202Fsectoral\r\n programmes\u2028 "))
                .isEqualTo("US$38.5 billion, 28 sectoral programmes");
    }

    @Test
    void removesSoftHyphensAndZeroWidthCharacters() {
        assertThat(ParagraphTextNormaliser.normalise("Лу\u00ADка\u200Bшен\uFEFFко")).isEqualTo("Лукашенко");
    }

    @Test
    void recomposesDecomposedLetters() {
        assertThat(ParagraphTextNormaliser.normalise("Белорусси\u0438\u0306")).isEqualTo("Белоруссий");
    }

    @Test
    void dropsControlCharacters() {
        assertThat(ParagraphTextNormaliser.normalise("Minsk\u0007 Agreements\u0000")).isEqualTo("Minsk Agreements");
    }

    @Test
    void givesEmptyTextForBlankInput() {
        assertThat(ParagraphTextNormaliser.normalise("")).isEmpty();
        assertThat(ParagraphTextNormaliser.normalise(" \u00A0\u00AD\n")).isEmpty();
    }
}
