package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class WordStemmerTest {

    @Test
    void russianInflectionsShareAStem() {
        WordStemmer stemmer = new WordStemmer(Locale.forLanguageTag("ru"));
        assertThat(stemmer.stem("интеграцию")).isEqualTo(stemmer.stem("интеграция"));
    }

    @Test
    void numbersAreLeftAlone() {
        assertThat(new WordStemmer(Locale.GERMAN).stem("#8848")).isEqualTo("#8848");
    }

    @Test
    void languagesWithoutAStemmerKeepSixCharacters() {
        assertThat(new WordStemmer(Locale.forLanguageTag("pl")).stem("integracja")).isEqualTo("integr");
        assertThat(new WordStemmer(Locale.forLanguageTag("pl")).stem("dom")).isEqualTo("dom");
    }
}
