package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;

class PunctuationCuesTest {

    @Test
    void countsEachInternalSentenceEndOfARussianDialogueLine() {
        assertThat(PunctuationCues.internalEnds("-- Уйди, Дуняша, я позову тогда, -- сказала Кити. -- Что с тобой? -- спросила она.")).isEqualTo(2);
    }

    @Test
    void finalPunctuationIsNoInternalEnd() {
        assertThat(PunctuationCues.internalEnds("'What is the matter with you?'")).isZero();
        assertThat(PunctuationCues.internalEnds("")).isZero();
    }

    @Test
    void spansSumUtterancesAndQuestions() {
        PunctuationCues cues = new PunctuationCues(List.of(new Sentence(0, 0, "Who? Me."), new Sentence(1, 0, "Yes."),
                new Sentence(2, 0, "Really?")));
        assertThat(cues.utterances(0, 2)).isEqualTo(3);
        assertThat(cues.questions(0, 3)).isEqualTo(2);
        assertThat(cues.questions(1, 1)).isZero();
    }

    @Test
    void aSentenceStartingWithAQuotationMarkOrADashOpensALineOfDialogue() {
        assertThat(PunctuationCues.opensQuotation("'No.")).isTrue();
        assertThat(PunctuationCues.opensQuotation("-- Нет, я так рада случаю побыть с тобою наедине.")).isTrue();
        assertThat(PunctuationCues.opensQuotation("— Oui, dit-il.")).isTrue();
        assertThat(PunctuationCues.opensQuotation("  «Ja», sagte er.")).isTrue();
    }

    @Test
    void narrationAndEmptyTextOpenNoLineOfDialogue() {
        assertThat(PunctuationCues.opensQuotation("Lean more on me,' he said.")).isFalse();
        assertThat(PunctuationCues.opensQuotation("")).isFalse();
        PunctuationCues cues = new PunctuationCues(List.of(new Sentence(0, 0, "He went."), new Sentence(1, 0, "'Wait!")));
        assertThat(cues.opens(0)).isFalse();
        assertThat(cues.opens(1)).isTrue();
    }
}
