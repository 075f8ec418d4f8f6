package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NameEquivalentsTest {
    private final NameEquivalents equivalents = new NameEquivalents(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    @Test
    void matchesTranslatedCountryNames() {
        assertThat(equivalents.firstMatches("Germany", List.of("Германии"))).isTrue();
        assertThat(equivalents.secondMatches("Штаты", List.of("United", "States"))).isTrue();
    }

    @Test
    void aTransliteratedWordOfACountryNameDoesNotMeetTheOtherWordsOfTheName() {
        // Diego Garcia is Диего-Гарсия: Гарсия is Garcia, never Diego
        assertThat(equivalents.secondMatches("Гарсия", List.of("Diego", "San"))).isFalse();
    }

    @Test
    void matchesNothingForAnEmptyList() {
        assertThat(equivalents.firstMatches("Germany", List.of())).isFalse();
    }
}
