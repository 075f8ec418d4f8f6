package org.sverka.tmx;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sverka.tmx.LanguageMatch.Side;

class LanguageMatchTest {

    private final LanguageMatch enRu = new LanguageMatch(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    @Test
    void matchesByPrimaryLanguageWhateverTheSpelling() {
        assertThat(enRu.sideOf("en")).isEqualTo(Side.SOURCE);
        assertThat(enRu.sideOf("EN")).isEqualTo(Side.SOURCE);
        assertThat(enRu.sideOf("en-US")).isEqualTo(Side.SOURCE);
        assertThat(enRu.sideOf("en_GB")).isEqualTo(Side.SOURCE);
        assertThat(enRu.sideOf(" ru-RU ")).isEqualTo(Side.TARGET);
        assertThat(enRu.sideOf("RU")).isEqualTo(Side.TARGET);
    }

    @Test
    void leavesOtherLanguagesAndJunkAside() {
        assertThat(enRu.sideOf("de")).isEqualTo(Side.OTHER);
        assertThat(enRu.sideOf("*all*")).isEqualTo(Side.OTHER);
        assertThat(enRu.sideOf("")).isEqualTo(Side.OTHER);
        assertThat(enRu.sideOf("english")).isEqualTo(Side.OTHER);
    }

    @Test
    void needsTheExactTagWhenBothSidesShareALanguage() {
        LanguageMatch usToGb = new LanguageMatch(Locale.US, Locale.UK);

        assertThat(usToGb.sideOf("en_us")).isEqualTo(Side.SOURCE);
        assertThat(usToGb.sideOf("EN-GB")).isEqualTo(Side.TARGET);
        assertThat(usToGb.sideOf("en")).isEqualTo(Side.OTHER);
    }
}
