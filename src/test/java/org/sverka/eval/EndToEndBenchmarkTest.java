package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sverka.align.SentenceAligner;

class EndToEndBenchmarkTest {

    private static final EndToEndBenchmark BENCHMARK = new EndToEndBenchmark(new SentenceAligner());
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    private static ParagraphedGoldDocument document(List<String> source, List<String> target, String gold) {
        GoldDocument document = new GoldDocument("test", Locale.ENGLISH, source, RUSSIAN, target,
                LadderFormat.parse(gold, "test"));
        return ParagraphedGoldDocument.of(document, LineParagraphing.ONE_PARAGRAPH);
    }

    @Test
    void aDocumentTheSegmenterSplitsAsTheGoldScoresPerfectly() {
        ParagraphedGoldDocument document = document(
                List.of("Mr. Oblonsky woke at eight o'clock.", "He looked at the clock.", "It was late."),
                List.of("Степан Аркадьич проснулся в восемь часов.", "Он посмотрел на часы.", "Было поздно."),
                "[0]:[0]\n[1]:[1]\n[2]:[2]\n");

        EndToEndBenchmark.SetResult result = BENCHMARK.run("small", List.of(document));

        assertThat(result.score().strictF1()).isEqualTo(1.0);
        assertThat(result.source()).isEqualTo(new EndToEndBenchmark.SentenceCounts(3, 3, 3));
    }

    @Test
    void calibratesTheConfidenceOfEveryBeadThatHoldsAGoldSentence() {
        ParagraphedGoldDocument document = document(
                List.of("Mr. Oblonsky woke at eight o'clock.", "He looked at the clock."),
                List.of("Степан Аркадьич проснулся в восемь часов.", "Он посмотрел на часы."),
                "[0]:[0]\n[1]:[1]\n");

        ReliabilityTable reliability = BENCHMARK.run("small", List.of(document)).reliability();

        assertThat(reliability.beads()).isEqualTo(2);
        assertThat(reliability.bins()).flatExtracting(ReliabilityTable.Bin::accuracy).contains(1.0);
    }

    @Test
    void goldSentencesTheSegmenterMergesCostStrictButNotLaxScore() {
        ParagraphedGoldDocument document = document(
                List.of("He had three things to do:", "write, wait, sleep.", "Then he left."),
                List.of("У него было три дела:", "писать, ждать, спать.", "Потом он ушёл."),
                "[0]:[0]\n[1]:[1]\n[2]:[2]\n");

        EndToEndBenchmark.SetResult result = BENCHMARK.run("colons", List.of(document));

        assertThat(result.source()).isEqualTo(new EndToEndBenchmark.SentenceCounts(3, 2, 1));
        assertThat(result.score().strictF1()).isLessThan(1.0);
        assertThat(result.score().laxF1()).isEqualTo(1.0);
    }

    @Test
    void anEmptyDocumentScoresZeroWithoutFailing() {
        EndToEndBenchmark.SetResult result = BENCHMARK.run("empty", List.of(document(List.of(), List.of(), "")));

        assertThat(result.score().strictF1()).isZero();
        assertThat(result.source()).isEqualTo(new EndToEndBenchmark.SentenceCounts(0, 0, 0));
    }

    /** Measured 2026-11-29 (aligner a32d921): strict F1 0.9242, lax F1 0.9870, 4829 of 4830 English sentences exact. */
    @Test
    void annaKareninaFromRawTextAlignsAboutAsWellAsPreSplit() {
        Optional<SharedCorpora> shared = SharedCorpora.locate();
        assumeTrue(shared.isPresent() && shared.get().has(SharedCorpora.ANNA),
                "shared corpora not found (-Dsverka.shared, SVERKA_SHARED, ../shared or ../../shared): skipped");

        EndToEndBenchmark.SetResult result = BENCHMARK.run("anna",
                List.of(new ParagraphedCorpora(shared.get()).annaKareninaVal()));

        assertThat(result.score().strictF1()).isGreaterThan(0.90);
        assertThat(result.score().laxF1()).isGreaterThan(0.97);
        assertThat(result.source().exact()).isGreaterThan(result.source().gold() * 99 / 100);
        assertThat(result.target().exact()).isGreaterThan(result.target().gold() * 99 / 100);
    }
}
