package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;
import org.sverka.segment.SentenceSegmenter;

class SegmentedTextTest {

    private static final SentenceSegmenter GERMAN = SentenceSegmenter.forLanguage(Locale.GERMAN);

    @Test
    void findsTheGoldSentencesOfCleanTextExactly() {
        RejoinedText text = RejoinedText.of(List.of("Schon Bern .", "Ein Heer von Arbeitern ergiesst sich aus den Wagen .",
                "Und wie wird die Qualität des Gesteins sein ?"), List.of(0, 0, 1));

        SegmentedText segmented = SegmentedText.of(text, GERMAN);

        assertThat(segmented.sentences()).containsExactly(new Sentence(0, 0, "Schon Bern ."),
                new Sentence(1, 0, "Ein Heer von Arbeitern ergiesst sich aus den Wagen ."),
                new Sentence(2, 1, "Und wie wird die Qualität des Gesteins sein ?"));
        assertThat(segmented.exactCount()).isEqualTo(3);
        assertThat(segmented.goldCount()).isEqualTo(3);
    }

    @Test
    void aGoldBreakAtASemicolonIsMergedAndTracedToBothGoldSentences() {
        RejoinedText text = RejoinedText.of(List.of("Diesmal muss ich reagieren ;", "los , auf !"), List.of(0, 0));

        SegmentedText segmented = SegmentedText.of(text, GERMAN);

        assertThat(segmented.sentences()).extracting(Sentence::text).containsExactly("Diesmal muss ich reagieren ; los , auf !");
        assertThat(segmented.projection().goldOf(0)).containsExactly(0, 1);
        assertThat(segmented.exactCount()).isZero();
    }

    @Test
    void anEmptyTextHasNoSentences() {
        SegmentedText segmented = SegmentedText.of(RejoinedText.of(List.of(), List.of()), GERMAN);

        assertThat(segmented.sentences()).isEmpty();
        assertThat(segmented.projection().predictedCount()).isZero();
    }
}
