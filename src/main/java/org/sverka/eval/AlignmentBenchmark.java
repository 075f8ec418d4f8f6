package org.sverka.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sverka.align.AlignerSettings;
import org.sverka.align.SentenceAligner;
import org.sverka.dictionary.BilingualDictionary;
import org.sverka.dictionary.DictionaryFile;
import org.sverka.model.Bead;
import org.sverka.model.Progress;

/**
 * Aligns the shared gold corpora and prints strict and lax precision, recall and F1 per set, a
 * reliability table of the confidences, and timings. Text+Berg test counts are pooled over 001..007
 * (micro), as vecalign's score.py does. Skips, saying so, when the shared corpora are absent.
 */
public final class AlignmentBenchmark {
    private static final long NOISE_SEED = 42;
    private static final double[] NOISE_SHARES = {0.1, 0.3};
    private final SentenceAligner aligner;
    private final AlignmentScorer scorer = new AlignmentScorer();

    public AlignmentBenchmark(SentenceAligner aligner) {
        this.aligner = aligner;
    }

    /** Result of aligning a set of documents: the score, the calibration, the alignment time. */
    public record SetResult(String name, AlignmentScore score, ReliabilityTable reliability, long alignNanos) {
    }

    public static void main(String[] args) {
        Optional<SharedCorpora> shared = SharedCorpora.locate();
        if (shared.isEmpty()) {
            System.out.println("Skipped: shared corpora not found (set -Dsverka.shared or SVERKA_SHARED, "
                    + "or put them at ../shared).");
            return;
        }
        SharedCorpora corpora = shared.get();
        AlignerSettings settings = new AlignerSettings();
        boolean tuningOnly = false;
        for (int k = 0; k < args.length; k++) {
            if (args[k].equals("--tuning-only")) {
                tuningOnly = true;
            } else if ((args[k].equals("--dictionary") || args[k].equals("--reversed-dictionary")) && k + 1 < args.length) {
                boolean reversed = args[k].equals("--reversed-dictionary");
                Path file = Path.of(args[++k]);
                BilingualDictionary read = DictionaryFile.read(file);
                System.out.println("dictionary " + file + (reversed ? " (target to source)" : "") + ": "
                        + read.entries().size() + " entries");
                settings = settings.withDictionary(settings.dictionary().plus(reversed ? read.reversed() : read));
            } else {
                System.out.println("Usage: AlignmentBenchmark [--dictionary FILE]... [--reversed-dictionary FILE]... [--tuning-only] "
                        + "(a dictd .index, a hunalign .dic or a TSV, its words looked up on every set; several are merged; "
                        + "a reversed dictionary translates target words to source words. "
                        + "--tuning-only: only the sets to tune on, Anna Karenina val and Text+Berg dev)");
                return;
            }
        }
        AlignmentBenchmark benchmark = new AlignmentBenchmark(new SentenceAligner(settings));
        List<SetResult> results = new ArrayList<>();
        if (corpora.has(SharedCorpora.ANNA)) {
            GoldDocument anna = corpora.annaKareninaVal();
            long[] cold = benchmark.time(anna);
            long[] warm = benchmark.time(anna);
            System.out.printf(Locale.ROOT, "anna val align call (%d en / %d ru sentences): cold cpu %.3f s wall %.3f s "
                            + "(whole process cpu, JIT and GC threads included: %.3f s); after one warm-up cpu %.3f s "
                            + "wall %.3f s (process %.3f s)%n", anna.source().size(), anna.target().size(),
                    cold[0] / 1e9, cold[1] / 1e9, cold[2] / 1e9, warm[0] / 1e9, warm[1] / 1e9, warm[2] / 1e9);
            results.add(benchmark.run("anna-karenina val (en-ru)", List.of(anna)));
        }
        if (corpora.has(SharedCorpora.TEXT_BERG)) {
            results.add(benchmark.run("text+berg dev (de-fr)", List.of(corpora.textBergDev())));
            if (!tuningOnly) {
                results.add(benchmark.run("text+berg test 001-007 (de-fr, pooled)", corpora.textBergTest()));
            }
        }
        List<SetResult> marked = corpora.has(SharedCorpora.ANNA)
                ? benchmark.markedRuns(new ParagraphedCorpora(corpora).annaKareninaVal()) : List.of();
        System.out.println();
        System.out.println("| set | strict P | strict R | strict F1 | lax P | lax R | lax F1 | ECE |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        results.forEach(AlignmentBenchmark::printRow);
        if (!marked.isEmpty()) {
            System.out.println();
            System.out.println("With paragraph marks (not the headline: anna val's paragraphs correspond one to one by "
                    + "construction, so the first row is an upper bound; the others damage the target's marks at random, seed "
                    + NOISE_SEED + "):");
            marked.forEach(AlignmentBenchmark::printRow);
        }
        List<SetResult> calibrated = new ArrayList<>(results);
        if (!marked.isEmpty()) {
            calibrated.add(marked.get(0));
        }
        for (SetResult r : calibrated) {
            System.out.println();
            System.out.println("Reliability, " + r.name() + ":");
            System.out.print(r.reliability().format());
        }
    }

    /**
     * Anna Karenina val with its paragraph marks from the sentence ids, then with a share of the target's
     * paragraph breaks removed, or as many extra breaks added, at random; last with the target's breaks all
     * moved to random places.
     */
    public List<SetResult> markedRuns(ParagraphedGoldDocument anna) {
        String name = "anna-karenina val (en-ru), paragraph marks by id";
        List<SetResult> results = new ArrayList<>();
        results.add(runMarked(name, List.of(anna)));
        for (double share : NOISE_SHARES) {
            List<Integer> fewer = new ParagraphNoise(NOISE_SEED).withoutBreaks(anna.targetParagraphs(), share);
            results.add(runMarked(String.format(Locale.ROOT, "%s, %.0f%% of target breaks removed", name, 100 * share),
                    List.of(anna.withTargetParagraphs(fewer))));
        }
        for (double share : NOISE_SHARES) {
            List<Integer> more = new ParagraphNoise(NOISE_SEED).withExtraBreaks(anna.targetParagraphs(), share);
            results.add(runMarked(String.format(Locale.ROOT, "%s, %.0f%% extra target breaks", name, 100 * share),
                    List.of(anna.withTargetParagraphs(more))));
        }
        List<Integer> moved = new ParagraphNoise(NOISE_SEED).withBreaksMoved(anna.targetParagraphs());
        results.add(runMarked(name + ", target breaks all moved at random", List.of(anna.withTargetParagraphs(moved))));
        return results;
    }

    private static void printRow(SetResult r) {
        AlignmentScore s = r.score();
        System.out.printf(Locale.ROOT, "| %s | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f | %.4f |%n", r.name(),
                s.strictPrecision(), s.strictRecall(), s.strictF1(), s.laxPrecision(), s.laxRecall(), s.laxF1(),
                r.reliability().expectedCalibrationError());
    }

    /** Aligns and scores documents, pooling their counts; no paragraph marks (all sentences in paragraph 0). */
    public SetResult run(String name, List<GoldDocument> documents) {
        return runMarked(name, documents.stream().map(ParagraphedGoldDocument::unmarked).toList());
    }

    /** Aligns and scores documents given with their paragraph marks, pooling their counts. */
    public SetResult runMarked(String name, List<ParagraphedGoldDocument> documents) {
        List<Ladder> predicted = new ArrayList<>();
        List<Ladder> gold = new ArrayList<>();
        List<Double> confidences = new ArrayList<>();
        List<Boolean> correct = new ArrayList<>();
        long nanos = 0;
        for (ParagraphedGoldDocument document : documents) {
            GoldDocument g = document.document();
            long start = System.nanoTime();
            List<Bead> beads = aligner.align(document.sourceSentences(), g.sourceLanguage(), document.targetSentences(),
                    g.targetLanguage(), Progress.NONE);
            nanos += System.nanoTime() - start;
            Ladder ladder = Ladder.of(beads);
            predicted.add(ladder);
            gold.add(g.gold());
            boolean[] matches = scorer.strictMatches(ladder, g.gold());
            for (int k = 0; k < beads.size(); k++) {
                confidences.add(beads.get(k).confidence());
                correct.add(matches[k]);
            }
        }
        double[] c = confidences.stream().mapToDouble(Double::doubleValue).toArray();
        boolean[] ok = new boolean[correct.size()];
        for (int k = 0; k < ok.length; k++) {
            ok[k] = correct.get(k);
        }
        return new SetResult(name, scorer.score(predicted, gold), ReliabilityTable.of(c, ok), nanos);
    }

    public List<Bead> align(GoldDocument document) {
        return aligner.align(GoldDocument.sentences(document.source()), document.sourceLanguage(),
                GoldDocument.sentences(document.target()), document.targetLanguage(), Progress.NONE);
    }

    /** CPU time of the aligning thread, wall time and CPU time of the whole process of one align call, in nanoseconds. */
    private long[] time(GoldDocument document) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long process = processCpuNanos();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        align(document);
        return new long[] {threads.getCurrentThreadCpuTime() - cpu, System.nanoTime() - wall, processCpuNanos() - process};
    }

    /** CPU time of every thread of the process (-1 on a JVM that does not report it). */
    private static long processCpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }
}
