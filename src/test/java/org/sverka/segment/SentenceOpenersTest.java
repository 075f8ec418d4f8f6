package org.sverka.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SentenceOpenersTest {

    private static final SentenceOpeners ENGLISH = SentenceOpeners.forLanguage(Locale.ENGLISH);
    private static final SentenceOpeners RUSSIAN = SentenceOpeners.forLanguage(Locale.forLanguageTag("ru"));

    @Test
    void findsACapitalisedOpenerPastSpacesAndQuotes() {
        assertThat(ENGLISH.opensAt("than I. 'Anyhow, I don't lie!'", 7)).isTrue();
        assertThat(RUSSIAN.opensAt("2018 г. «Потом", 7)).isTrue();
    }

    @Test
    void takesTheWordBeforeAnApostropheAsTheWord() {
        assertThat(ENGLISH.opensAt("so was I. I'll settle it", 9)).isTrue();
    }

    @Test
    void refusesASurname() {
        assertThat(ENGLISH.opensAt("J. Smith came", 2)).isFalse();
        assertThat(RUSSIAN.opensAt("В. Путин приехал", 2)).isFalse();
    }

    @Test
    void refusesAnInitialThatLooksLikeAnOpener() {
        assertThat(ENGLISH.opensAt("J. A. Smith", 2)).isFalse();
        assertThat(RUSSIAN.opensAt("А. В. Суворов", 2)).isFalse();
    }

    @Test
    void refusesALowercaseOpener() {
        assertThat(ENGLISH.opensAt("Plan B. then", 7)).isFalse();
    }

    @Test
    void findsNothingAtTheEndOfTheText() {
        assertThat(ENGLISH.opensAt("than I.", 7)).isFalse();
        assertThat(ENGLISH.opensAt("than I. ''", 7)).isFalse();
    }

    @Test
    void saysWhetherANumberMayOpenASentence() {
        assertThat(ENGLISH.numbers()).isTrue();
        assertThat(RUSSIAN.numbers()).isTrue();
        assertThat(SentenceOpeners.forLanguage(Locale.GERMAN).numbers()).isFalse();
    }

    @Test
    void hasNoOpenersForALanguageWithoutAList() {
        assertThat(SentenceOpeners.forLanguage(Locale.ITALIAN).opensAt("x. Poi", 2)).isFalse();
    }
}
