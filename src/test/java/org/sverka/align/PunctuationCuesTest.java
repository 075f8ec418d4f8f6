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
}
