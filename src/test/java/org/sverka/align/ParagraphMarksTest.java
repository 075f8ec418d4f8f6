package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;

class ParagraphMarksTest {

    static List<Sentence> inParagraphs(int... paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < paragraphs.length; k++) {
            sentences.add(new Sentence(k, paragraphs[k], "Sentence " + k + "."));
        }
        return sentences;
    }

    @Test
    void marksWhereAParagraphStartsAndCountsTheEndAsAStart() {
        ParagraphMarks marks = new ParagraphMarks(inParagraphs(0, 0, 1, 2, 2));
        assertThat(marks.starts(0)).isTrue();
        assertThat(marks.starts(1)).isFalse();
        assertThat(marks.starts(2)).isTrue();
        assertThat(marks.starts(3)).isTrue();
        assertThat(marks.starts(4)).isFalse();
        assertThat(marks.starts(5)).isTrue();
    }

    @Test
    void countsOnlyTheBreaksStrictlyInsideASpan() {
        ParagraphMarks marks = new ParagraphMarks(inParagraphs(0, 0, 1, 2, 2));
        assertThat(marks.breaksWithin(0, 5)).isEqualTo(2);
        assertThat(marks.breaksWithin(2, 2)).isEqualTo(1);
        assertThat(marks.breaksWithin(3, 2)).isZero();
        assertThat(marks.breaksWithin(2, 1)).isZero();
        assertThat(marks.breaksWithin(1, 0)).isZero();
    }

    @Test
    void oneParagraphOrOneSentenceAParagraphSaysNothing() {
        assertThat(new ParagraphMarks(inParagraphs(0, 0, 0)).informative()).isFalse();
        assertThat(new ParagraphMarks(inParagraphs(0, 1, 2)).informative()).isFalse();
        assertThat(new ParagraphMarks(List.of()).informative()).isFalse();
        assertThat(new ParagraphMarks(inParagraphs(0, 0, 1)).informative()).isTrue();
    }

    @Test
    void aLabelSeenAgainLaterStillStartsAParagraph() {
        ParagraphMarks marks = new ParagraphMarks(inParagraphs(3, 7, 3));
        assertThat(marks.starts(2)).isTrue();
    }
}
