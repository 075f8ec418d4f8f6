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

    @Test
    void aWordOfAMultiWordNameIsMatchedWholeOnlyWhenTheOtherSideWritesAllOfSomeForm() {
        assertThat(equivalents.firstMatchesWhole("Nations", List.of("Организации", "Объединенных", "Наций"))).isTrue();
        assertThat(equivalents.firstMatchesWhole("Nations", List.of("в", "ООН"))).isTrue();
        assertThat(equivalents.firstMatchesWhole("Nations", List.of("Организации", "Мюллер", "Наций"))).isFalse();
        assertThat(equivalents.firstMatchesWhole("Nations", List.of())).isFalse();
    }

    @Test
    void aWordOfATranslatedNameIsReplacedWhenItsFormLacksTheWordBesideTheGap() {
        List<String> swapped = List.of("в", "Нильсен", "Штатах");
        assertThat(equivalents.firstReplacedAt("United", swapped, 1)).isTrue();
        assertThat(equivalents.firstReplacedAt("United", List.of("Нильсен", "в", "Штатах"), 0)).isFalse();
        assertThat(equivalents.firstReplacedAt("United", List.of("в", "Соединенных", "Штатах"), 1)).isFalse();
    }
}
