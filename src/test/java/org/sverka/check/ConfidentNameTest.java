package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidentNameTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final NameMatcher MATCHER = new NameMatcher();
    private static final NameEquivalents KNOWN = new NameEquivalents(EN, RU);

    private final ConfidentName confident = new ConfidentName(MATCHER);
    private final TextWords stems = new TextWords(new WordStems(EN), new WordStems(RU), new NameExtractor(EN), new NameExtractor(RU));

    private boolean test(String targetName, List<String> sourceNames, String... sourceText) {
        List<CheckedPair> pairs = new java.util.ArrayList<>();
        for (String text : sourceText) {
            pairs.add(CheckedPair.of(pairs.size() + 1, text, "Текст."));
        }
        SourceVocabulary vocabulary = SourceVocabulary.of(pairs, stems, MATCHER, KNOWN);
        return confident.test(word(targetName), sourceNames.stream().map(ConfidentNameTest::word).toList(), vocabulary, stems, RU);
    }

    private static NameExtractor.Word word(String text) {
        return new NameExtractor.Word(new Span(0, text.length()), text, true, false);
    }

    @Test
    void aSurnameTheSourceNeverGivesIsConfident() {
        assertThat(test("Мюллер", List.of("Sanford"), "Sanford took the stand.")).isTrue();
    }

    @Test
    void aWordWithARussianAdjectiveEndingIsNotConfident() {
        assertThat(test("Скалистые", List.of("Rocky"), "The Rocky Mountains.")).isFalse();
    }

    @Test
    void aSurnameInOvWithAnAdjectiveLikeEndingIsStillConfident() {
        assertThat(test("Ивановым", List.of("Sanford"), "Sanford took the stand.")).isTrue();
    }

    @Test
    void anAcronymIsNotConfident() {
        assertThat(test("МИД", List.of("Sanford"), "Sanford took the stand.")).isFalse();
    }

    @Test
    void aWordThatHeadsInstitutionNamesIsNotConfident() {
        assertThat(test("Академия", List.of("Sanford"), "Sanford took the stand.")).isFalse();
    }

    @Test
    void aNameResemblingAnUnmatchedSourceNameIsNotConfident() {
        assertThat(test("Смитт", List.of("Smith"), "Jones spoke.")).isFalse();
    }

    @Test
    void aNameTheSourceTextGivesInAnotherSentenceIsNotConfident() {
        assertThat(test("Сэнфорд", List.of("Jones"), "Jones spoke.", "Later Sanford took the stand.")).isFalse();
    }

    @Test
    void aNameWithAnEmptySourceTextIsConfident() {
        assertThat(test("Мюллер", List.of())).isTrue();
    }
}
