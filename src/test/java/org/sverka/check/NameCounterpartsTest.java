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
}
