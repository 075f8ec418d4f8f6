package org.sverka.check.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.sverka.align.SentenceAligner;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.Finding;
import org.sverka.check.Severity;
import org.sverka.model.Bead;
import org.sverka.model.Paragraph;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;
import org.sverka.segment.SentenceSegmenter;

/**
 * False alarms per 100 aligned pairs on clean professional translations, through sverka's own pipeline:
 * each NTREX en-ru document (lines grouped by DOCUMENT_IDS.tsv, one paragraph per line) is split into
 * sentences and aligned by sverka, and every finding of the checks on the resulting pairs counts as a false
 * alarm. Unlike {@link FalseAlarmBenchmark}, which checks the gold line pairs, this includes what
 * segmentation and alignment add (2-1 pairs, 1-0 pairs, split sentences).
 * Run: {@code java -cp target/classes:<deps> org.sverka.check.bench.PipelineFalseAlarmBenchmark [--list] [--dictionary F]}.
 * The dictionary goes to the checks only; the aligner runs as by default, so that both runs check the same pairs.
 */
public final class PipelineFalseAlarmBenchmark {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private final SentenceSegmenter sourceSegmenter = SentenceSegmenter.forLanguage(EN);
    private final SentenceSegmenter targetSegmenter = SentenceSegmenter.forLanguage(RU);
    private final SentenceAligner aligner;

    public PipelineFalseAlarmBenchmark(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    public PipelineFalseAlarmBenchmark() {
        this(new SentenceAligner());
    }

    /** One document's line pairs, re-segmented and aligned by sverka: the pairs a user would get. */
    public List<CheckedPair> alignedPairs(List<CheckedPair> linePairs) {
        return alignedPairs(sentences(linePairs, true), sentences(linePairs, false));
    }

    /** One side of a document's line pairs split into sentences, one paragraph per non-blank line. */
    public List<Sentence> sentences(List<CheckedPair> linePairs, boolean source) {
        return (source ? sourceSegmenter : targetSegmenter).segment(paragraphs(linePairs, source));
    }

    /** The pairs sverka's aligner makes of two runs of sentences indexed from 0 by list position. */
    public List<CheckedPair> alignedPairs(List<Sentence> source, List<Sentence> target) {
        List<Bead> beads = aligner.align(source, EN, target, RU, Progress.NONE);
        List<CheckedPair> pairs = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            pairs.add(new CheckedPair(pairs.size() + 1, join(source, bead.sourceStart(), bead.sourceCount()),
                    join(target, bead.targetStart(), bead.targetCount()), bead.type(), bead.confidence()));
        }
        return pairs;
    }

    private static List<Paragraph> paragraphs(List<CheckedPair> lines, boolean source) {
        List<Paragraph> paragraphs = new ArrayList<>(lines.size());
        for (CheckedPair line : lines) {
            String text = source ? line.sourceText() : line.targetText();
            if (!text.isBlank()) {
                paragraphs.add(new Paragraph(paragraphs.size(), text.strip()));
            }
        }
        return paragraphs;
    }

    /** Sentence indices in beads are document indices, which start at 0 and equal list positions here. */
    private static String join(List<Sentence> sentences, int start, int count) {
        return String.join(" ", sentences.subList(start, start + count).stream().map(Sentence::text).toList());
    }

    public static void main(String[] args) {
        Path ntrex = SharedCorpora.ntrex().orElseThrow(() -> new IllegalStateException(
                "NTREX not found: set -Dsverka.shared or SVERKA_SHARED to the shared folder"));
        PipelineFalseAlarmBenchmark pipeline = new PipelineFalseAlarmBenchmark();
        List<List<CheckedPair>> documents = new ArrayList<>();
        Map<String, Integer> types = new TreeMap<>();
        for (List<CheckedPair> lines : ParallelCorpus.ntrexDocuments(ntrex)) {
            List<CheckedPair> aligned = pipeline.alignedPairs(lines);
            aligned.forEach(p -> types.merge(p.type(), 1, Integer::sum));
            documents.add(aligned);
        }
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        FalseAlarmBenchmark.Result result = FalseAlarmBenchmark.measure(documents, Checks.defaults(), options.context());
        if (options.has("--list")) {
            for (Finding f : result.findings()) {
                System.out.println(f.checkId() + "\t" + f.severity() + "\t" + f.message() + "\n  EN: " + f.sourceText()
                        + "\n  RU: " + f.targetText());
            }
        }
        System.out.printf(Locale.ROOT, "NTREX en-ru through sverka's segmenter and aligner: %d documents, %d aligned pairs %s%n",
                documents.size(), result.pairs(), types);
        System.out.printf(Locale.ROOT, "  findings: %d = %.2f per 100 aligned pairs%n", result.findings().size(), result.per100Pairs());
        System.out.printf(Locale.ROOT, "  without INFO: %.2f per 100; ERROR only: %.2f per 100%n",
                result.per100Pairs(Severity.WARNING), result.per100Pairs(Severity.ERROR));
        Map<String, Map<Severity, Integer>> table = new TreeMap<>();
        result.findings().forEach(f -> table.computeIfAbsent(f.checkId(), k -> new TreeMap<>()).merge(f.severity(), 1, Integer::sum));
        table.forEach((id, n) -> System.out.printf(Locale.ROOT, "  %-16s %-28s %.2f per 100%n", id, n,
                100.0 * n.values().stream().mapToInt(Integer::intValue).sum() / result.pairs()));
    }
}
