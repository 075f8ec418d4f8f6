package org.sverka.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sverka.align.SentenceAligner;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.segment.SentenceSegmenter;

/**
 * Measures alignment from raw text: each side of a gold document is joined back into paragraphs of
 * running text, split by {@link SentenceSegmenter}, aligned, and the predicted beads projected onto the
 * gold sentences ({@link SentenceProjection}) to be scored against the gold ladder with
 * {@link AlignmentScorer}. Printed beside the pre-split figure of {@link AlignmentBenchmark}, so the loss
 * due to segmentation shows. Text+Berg documents are pooled (micro), as in the pre-split benchmark.
 *
 * <p>Paragraphs: Anna Karenina by sentence id ({@code s6.0}, {@code s6.1}: paragraph s6); Text+Berg,
 * one sentence a line with no paragraph marks, both ways of {@link LineParagraphing}. Run:
 * {@code ./mvnw -q -o -B compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt && java -cp
 * target/classes:$(cat target/cp.txt) org.sverka.eval.EndToEndBenchmark}.
 */
public final class EndToEndBenchmark {
    private static final String GOLD_SPLIT = "gold split";
    private final SentenceAligner aligner;
    private final AlignmentScorer scorer = new AlignmentScorer();

    public EndToEndBenchmark(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    /** Sentence counts of one side, pooled over a set: gold, found by the segmenter, found exactly. */
    public record SentenceCounts(int gold, int found, int exact) {
        SentenceCounts plus(SegmentedText side) {
            return new SentenceCounts(gold + side.goldCount(), found + side.sentences().size(),
                    exact + side.exactCount());
        }

        @Override
        public String toString() {
            return gold + " -> " + found + " (" + exact + " exact)";
        }
    }

    /**
     * The score of a set aligned from raw text, with the segmentation counts behind it, and the calibration
     * of the confidences of the beads that hold a gold sentence (strict-correct: their projected rung is gold).
     */
    public record SetResult(String name, AlignmentScore score, ReliabilityTable reliability, SentenceCounts source,
                            SentenceCounts target) {
    }

    public static void main(String[] args) {
        Optional<SharedCorpora> shared = SharedCorpora.locate();
        if (shared.isEmpty()) {
            System.out.println("Skipped: shared corpora not found (set -Dsverka.shared or SVERKA_SHARED, "
                    + "or put them at ../shared).");
            return;
        }
        SentenceAligner aligner = new SentenceAligner();
        AlignmentBenchmark preSplit = new AlignmentBenchmark(aligner);
        EndToEndBenchmark endToEnd = new EndToEndBenchmark(aligner);
        ParagraphedCorpora corpora = new ParagraphedCorpora(shared.get());
        System.out.println("| set | input | strict P | strict R | strict F1 | lax P | lax R | lax F1 | ECE "
                + "| source sentences: gold -> found | target sentences: gold -> found |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        if (corpora.has(SharedCorpora.ANNA)) {
            ParagraphedGoldDocument anna = corpora.annaKareninaVal();
            String name = "anna-karenina val (en-ru)";
            print(preSplit.run(name, List.of(anna.document())));
            print(endToEnd.run(name, List.of(anna)), "raw, paragraphs by id");
        }
        if (corpora.has(SharedCorpora.TEXT_BERG)) {
            String name = "text+berg test 001-007 (de-fr)";
            List<ParagraphedGoldDocument> headings = corpora.textBergTest(LineParagraphing.HEADINGS_APART);
            print(preSplit.run(name, headings.stream().map(ParagraphedGoldDocument::document).toList()));
            print(endToEnd.run(name, headings), "raw, headings apart");
            print(endToEnd.run(name, corpora.textBergTest(LineParagraphing.ONE_PARAGRAPH)), "raw, one paragraph");
        }
    }

    /** Segments, aligns, projects and scores documents, pooling their counts. */
    public SetResult run(String name, List<ParagraphedGoldDocument> documents) {
        List<Ladder> predicted = new ArrayList<>();
        List<Ladder> gold = new ArrayList<>();
        SentenceCounts source = new SentenceCounts(0, 0, 0);
        SentenceCounts target = new SentenceCounts(0, 0, 0);
        List<Double> confidences = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        for (ParagraphedGoldDocument document : documents) {
            GoldDocument g = document.document();
            SegmentedText src = SegmentedText.of(document.rejoinedSource(),
                    SentenceSegmenter.forLanguage(g.sourceLanguage()));
            SegmentedText tgt = SegmentedText.of(document.rejoinedTarget(),
                    SentenceSegmenter.forLanguage(g.targetLanguage()));
            List<Bead> beads = aligner.align(src.sentences(), g.sourceLanguage(), tgt.sentences(), g.targetLanguage(),
                    Progress.NONE);
            predicted.add(SentenceProjection.project(beads, src.projection(), tgt.projection()));
            gold.add(g.gold());
            source = source.plus(src);
            target = target.plus(tgt);
            Set<Ladder.Rung> goldRungs = new HashSet<>(g.gold().rungs());
            for (Bead bead : beads) {
                Ladder.Rung rung = SentenceProjection.rungOf(bead, src.projection(), tgt.projection());
                if (!rung.source().isEmpty() || !rung.target().isEmpty()) {
                    confidences.add(bead.confidence());
                    correct.add(goldRungs.contains(rung));
                }
            }
        }
        return new SetResult(name, scorer.score(predicted, gold), reliability(confidences, correct), source, target);
    }

    private static void print(AlignmentBenchmark.SetResult r) {
        print(r.name(), "pre-split", r.score(), r.reliability(), GOLD_SPLIT, GOLD_SPLIT);
    }

    private static ReliabilityTable reliability(List<Double> confidences, List<Boolean> correct) {
        boolean[] ok = new boolean[correct.size()];
        for (int k = 0; k < ok.length; k++) {
            ok[k] = correct.get(k);
        }
        return ReliabilityTable.of(confidences.stream().mapToDouble(Double::doubleValue).toArray(), ok);
    }

    private static void print(SetResult r, String input) {
        print(r.name(), input, r.score(), r.reliability(), r.source().toString(), r.target().toString());
    }

    private static void print(String name, String input, AlignmentScore s, ReliabilityTable reliability, String source,
                              String target) {
        System.out.printf(Locale.ROOT, "| %s | %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %s | %s |%n", name,
                input, s.strictPrecision(), s.strictRecall(), s.strictF1(), s.laxPrecision(), s.laxRecall(), s.laxF1(),
                reliability.expectedCalibrationError(), source, target);
    }
}
