package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

class SentenceProjectionTest {

    private static ParagraphSpan span(int paragraph, int start, int end) {
        return new ParagraphSpan(paragraph, start, end);
    }

    @Test
    void mapsIdenticalSentencesOneToOne() {
        List<ParagraphSpan> gold = List.of(span(0, 0, 10), span(0, 11, 20), span(1, 0, 5));

        SentenceProjection projection = SentenceProjection.between(gold, gold);

        assertThat(List.of(projection.goldOf(0), projection.goldOf(1), projection.goldOf(2)))
                .containsExactly(List.of(0), List.of(1), List.of(2));
        assertThat(projection.oneToOneCount()).isEqualTo(3);
    }

    @Test
    void aMergedSentenceHoldsBothGoldSentences() {
        SentenceProjection projection = SentenceProjection.between(List.of(span(0, 0, 10), span(0, 11, 20)),
                List.of(span(0, 0, 20)));

        assertThat(projection.goldOf(0)).containsExactly(0, 1);
        assertThat(projection.oneToOneCount()).isZero();
    }

    @Test
    void aSplitGoldSentenceGoesToItsLargerPieceAndTheFragmentHoldsNone() {
        // "Wagen 2. | Klasse an der Spitze ." split after the ordinal
        SentenceProjection projection = SentenceProjection.between(List.of(span(0, 0, 34)),
                List.of(span(0, 0, 8), span(0, 9, 34)));

        assertThat(projection.goldOf(0)).isEmpty();
        assertThat(projection.goldOf(1)).containsExactly(0);
    }

    @Test
    void aTieGoesToTheEarlierPredictedSentence() {
        SentenceProjection projection = SentenceProjection.between(List.of(span(0, 0, 10)),
                List.of(span(0, 0, 5), span(0, 5, 10)));

        assertThat(projection.goldOf(0)).containsExactly(0);
        assertThat(projection.goldOf(1)).isEmpty();
    }

    @Test
    void neverMapsAcrossParagraphs() {
        SentenceProjection projection = SentenceProjection.between(List.of(span(0, 0, 10), span(1, 0, 10)),
                List.of(span(0, 0, 10), span(1, 0, 10)));

        assertThat(projection.goldOf(0)).containsExactly(0);
        assertThat(projection.goldOf(1)).containsExactly(1);
    }

    @Test
    void rejectsAGoldSentenceNoPredictedSentenceCovers() {
        assertThatThrownBy(() -> SentenceProjection.between(List.of(span(0, 0, 5), span(0, 6, 9)),
                List.of(span(0, 0, 5)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("gold sentence 1");
    }

    @Test
    void noSentencesProjectToAnEmptyLadder() {
        SentenceProjection none = SentenceProjection.between(List.of(), List.of());

        assertThat(none.predictedCount()).isZero();
        assertThat(SentenceProjection.project(List.of(), none, none).rungs()).isEmpty();
    }

    @Test
    void projectsEachBeadOntoTheGoldSentencesItsSentencesHold() {
        // source: predicted 0 merged gold 0+1, predicted 1 = gold 2; target: predicted 0 = gold 0, 1 = gold 1
        SentenceProjection source = SentenceProjection.between(
                List.of(span(0, 0, 10), span(0, 11, 20), span(0, 21, 30)), List.of(span(0, 0, 20), span(0, 21, 30)));
        SentenceProjection target = SentenceProjection.between(
                List.of(span(0, 0, 10), span(0, 11, 20)), List.of(span(0, 0, 10), span(0, 11, 20)));

        Ladder ladder = SentenceProjection.project(List.of(Bead.automatic(0, 1, 0, 1, 0.9),
                Bead.automatic(1, 1, 1, 1, 0.8)), source, target);

        assertThat(LadderFormat.format(ladder)).isEqualTo("[0, 1]:[0]\n[2]:[1]\n");
    }

    @Test
    void aBeadOfFragmentsOnlyVanishesAndAOneSidedOneBecomesAnInsertion() {
        SentenceProjection source = SentenceProjection.between(List.of(span(0, 0, 30)),
                List.of(span(0, 0, 8), span(0, 9, 30)));
        SentenceProjection target = SentenceProjection.between(List.of(span(0, 0, 10), span(0, 11, 12)),
                List.of(span(0, 0, 10), span(0, 11, 12)));

        Ladder ladder = SentenceProjection.project(List.of(Bead.automatic(0, 1, 0, 0, 0.5),
                Bead.automatic(1, 1, 0, 1, 0.9), Bead.automatic(2, 0, 1, 1, 0.4)), source, target);

        assertThat(LadderFormat.format(ladder)).isEqualTo("[0]:[0]\n[]:[1]\n");
    }

    @Test
    void theRungOfABeadOfFragmentsIsEmptyOnBothSides() {
        SentenceProjection source = SentenceProjection.between(List.of(span(0, 0, 30)),
                List.of(span(0, 0, 8), span(0, 9, 30)));
        SentenceProjection target = SentenceProjection.between(List.of(span(0, 0, 10)),
                List.of(span(0, 0, 2), span(0, 3, 10)));

        assertThat(SentenceProjection.rungOf(Bead.automatic(0, 1, 0, 1, 0.3), source, target))
                .isEqualTo(new Ladder.Rung(List.of(), List.of()));
        assertThat(SentenceProjection.rungOf(Bead.automatic(1, 1, 1, 1, 0.9), source, target))
                .isEqualTo(new Ladder.Rung(List.of(0), List.of(0)));
    }

    @Test
    void theProjectedLadderHoldsEveryGoldSentenceExactlyOnce() {
        Random random = new Random(20261129);
        for (int round = 0; round < 200; round++) {
            List<ParagraphSpan> gold = randomSpans(random);
            List<ParagraphSpan> predicted = randomSpans(random, gold);
            SentenceProjection source = SentenceProjection.between(gold, predicted);
            SentenceProjection target = SentenceProjection.between(gold, gold);
            List<Bead> beads = new ArrayList<>();
            for (int p = 0; p < predicted.size(); p++) {
                beads.add(Bead.automatic(p, 1, Math.min(p, gold.size()), p < gold.size() ? 1 : 0, 1.0));
            }
            for (int g = predicted.size(); g < gold.size(); g++) {
                beads.add(Bead.automatic(predicted.size(), 0, g, 1, 1.0));
            }

            Ladder ladder = SentenceProjection.project(beads, source, target);

            List<Integer> sourceSeen = ladder.rungs().stream().flatMap(r -> r.source().stream()).toList();
            List<Integer> targetSeen = ladder.rungs().stream().flatMap(r -> r.target().stream()).toList();
            List<Integer> all = java.util.stream.IntStream.range(0, gold.size()).boxed().toList();
            assertThat(sourceSeen).containsExactlyElementsOf(all);
            assertThat(targetSeen).containsExactlyElementsOf(all);
        }
    }

    /** Sentences of 1..12 characters separated by one space, in 1..3 paragraphs. */
    private static List<ParagraphSpan> randomSpans(Random random) {
        List<ParagraphSpan> spans = new ArrayList<>();
        int paragraphs = 1 + random.nextInt(3);
        for (int p = 0; p < paragraphs; p++) {
            int position = 0;
            for (int s = 0, count = 1 + random.nextInt(6); s < count; s++) {
                int length = 1 + random.nextInt(12);
                spans.add(span(p, position, position + length));
                position += length + 1;
            }
        }
        return spans;
    }

    /** Another segmentation of the same paragraphs: the gold text cut at random points instead. */
    private static List<ParagraphSpan> randomSpans(Random random, List<ParagraphSpan> gold) {
        List<ParagraphSpan> spans = new ArrayList<>();
        int lastParagraph = gold.get(gold.size() - 1).paragraph();
        for (int p = 0; p <= lastParagraph; p++) {
            final int paragraph = p;
            int end = gold.stream().filter(s -> s.paragraph() == paragraph).mapToInt(ParagraphSpan::end).max().orElseThrow();
            int start = 0;
            while (start < end) {
                int cut = Math.min(end, start + 1 + random.nextInt(15));
                spans.add(span(p, start, cut));
                start = cut;
            }
        }
        return spans;
    }
}
