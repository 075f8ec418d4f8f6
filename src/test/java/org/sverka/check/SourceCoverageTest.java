package org.sverka.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SourceCoverageTest {
    private static final String SOURCE = "The national disaster agency spokesman said officials were assessing the situation in Palu.";
    private final SourceCoverage coverage = new SourceCoverage(TestDictionary.translations());

    @Test
    void theWordsOfADroppedPhraseAreUncoveredAndTheRestCovered() {
        List<String> marked = marked(SOURCE, "Как сообщили в пятницу, руководство оценивает ситуацию в Палу.");

        assertThat(marked).containsExactly("national:U", "disaster:U", "agency:U", "spokesman:U", "officials:C",
                "assessing:C", "situation:C", "Palu:C");
    }

    @Test
    void aFaithfulTranslationCoversEveryKnownWordAndFunctionWordsAreLeftOut() {
        List<String> marked = marked(SOURCE, "Представитель национального управления по ликвидации последствий бедствий "
                + "сообщил, что руководство оценивает ситуацию в Палу.");

        assertThat(marked).containsExactly("national:C", "disaster:C", "agency:C", "spokesman:C", "officials:C",
                "assessing:C", "situation:C", "Palu:C");
    }

    @Test
    void irregularFormsAndInflectionsFindTheirHeadword() {
        SourceLemmas lemmas = SourceLemmas.of(Locale.ENGLISH);

        assertThat(lemmas.candidates("found")).contains("find");
        assertThat(lemmas.candidates("children")).contains("child");
        assertThat(lemmas.candidates("added")).contains("add");
        assertThat(lemmas.candidates("closing")).contains("close");
        assertThat(lemmas.candidates("getting")).contains("get");
        assertThat(lemmas.candidates("studies")).contains("study");
    }

    @Test
    void wordsTheDictionaryDoesNotKnowAreUnknownAndNumbersCovered() {
        assertThat(marked("Fans booed for 20 minutes.", "Болельщики свистели."))
                .containsExactly("Fans:C", "booed:U", "20:C", "minutes:U");
    }

    @Test
    void aRussianVerbWithAPrefixOrTheOtherAspectStillMatches() {
        assertThat(SourceCoverage.prefixed("писа", "написа")).isTrue();
        assertThat(SourceCoverage.sameWord("опубликова", "опубликовыва")).isTrue();
        assertThat(SourceCoverage.sameWord("представител", "представлен")).isFalse();
    }

    @Test
    void anEmptySourceHasNoWords() {
        assertThat(coverage.of("", "Текст.")).isEmpty();
    }

    private List<String> marked(String source, String target) {
        return coverage.of(source, target).stream()
                .map(w -> source.substring(w.start(), w.end()) + ":" + w.status().name().charAt(0)).toList();
    }
}
