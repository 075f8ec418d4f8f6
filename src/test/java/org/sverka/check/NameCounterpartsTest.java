package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class NameCounterpartsTest {
    private final NameCounterparts counterparts = new NameCounterparts(new NameMatcher());

    @Test
    void findsATransliteratedCapitalisedName() {
        assertThat(counterparts.found("Putin", List.of("встретился", "с", "Путиным"))).isTrue();
    }

    @Test
    void doesNotFindANameAmongUnrelatedWords() {
        assertThat(counterparts.found("Smith", List.of("Вчера", "Келли", "встретился"))).isFalse();
    }

    @Test
    void ignoresShortLowerCaseWordsThatMatchByChance() {
        assertThat(counterparts.found("Мюллер", List.of("more"))).isFalse();
    }

    @Test
    void findsNothingInAnEmptySide() {
        assertThat(counterparts.found("Putin", List.of())).isFalse();
    }

    @Test
    void capitalisesTheLowerCasePartOfAHyphenatedName() {
        List<NameExtractor.Word> words = List.of(
                new NameExtractor.Word(new Span(0, 4), "Yong", true, false),
                new NameExtractor.Word(new Span(5, 7), "ho", true, false),
                new NameExtractor.Word(new Span(8, 11), "met", false, false));
        assertThat(NameCounterparts.of(words)).containsExactly("Yong", "Ho", "met");
    }

    @Test
    void aNameWhoseOnlyCounterpartAnotherWordRendersMoreCloselyIsClaimed() {
        List<NameExtractor.Word> translation = words("Гас", "Пойет", "Петров");
        assertThat(counterparts.claimedByOthers(translation.get(2), translation, List.of("Gus", "Poyet"), stems()))
                .isTrue();
    }

    @Test
    void aNameGivenTwiceInTheSourceIsNotClaimedByOneCloseRendering() {
        List<NameExtractor.Word> translation = words("Пойет", "Петров");
        assertThat(counterparts.claimedByOthers(translation.get(1), translation, List.of("Poyet", "Poyet"), stems()))
                .isFalse();
    }

    @Test
    void aNameRenderedCloselyItselfIsNotClaimed() {
        List<NameExtractor.Word> translation = words("Coffer", "Пич");
        assertThat(counterparts.claimedByOthers(translation.get(0), translation, List.of("Coffer", "Peach"), stems()))
                .isFalse();
    }

    private static List<NameExtractor.Word> words(String... texts) {
        List<NameExtractor.Word> words = new java.util.ArrayList<>();
        for (String text : texts) {
            words.add(new NameExtractor.Word(new Span(0, text.length()), text, true, false));
        }
        return words;
    }

    private static TextWords stems() {
        java.util.Locale ru = java.util.Locale.forLanguageTag("ru");
        return new TextWords(new WordStems(java.util.Locale.ENGLISH), new WordStems(ru),
                new NameExtractor(java.util.Locale.ENGLISH), new NameExtractor(ru));
    }
}
