package org.sverka.check.bench;

import org.sverka.check.CheckContext;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.Finding;
import org.sverka.check.Glossary;
import org.sverka.check.Severity;
import org.sverka.model.Sentence;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Recall on whole sentences dropped from the Russian side, through sverka's own segmenter and aligner:
 * for each trial a random Russian sentence of a random NTREX document is removed, the document is aligned
 * again and checked. The drop counts as caught when a check meant for omissions reports, with a finding the
 * clean document did not have, a pair that holds an English sentence of the line the dropped sentence came
 * from (or, in the second count, a pair next to it). Deterministic for a given seed.
 * Run: {@code java -cp ... org.sverka.check.bench.PipelineInjectionBenchmark [trials] [seed] [--misses] [--dictionary F]}.
 */
public final class PipelineInjectionBenchmark {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Set<String> CATCHERS = Set.copyOf(ErrorInjector.Kind.OMISSION.catchers());

    private final PipelineFalseAlarmBenchmark pipeline = new PipelineFalseAlarmBenchmark();
    private final Checks checks;
    private final CheckContext context;

    public PipelineInjectionBenchmark(Checks checks) {
        this(checks, new CheckContext(EN, RU, Glossary.EMPTY));
    }

    /** Checks in a given context: with the user's dictionary, for example (the aligner runs as by default). */
    public PipelineInjectionBenchmark(Checks checks, CheckContext context) {
        this.checks = checks;
        this.context = context;
    }

    /**
     * Recall counted two ways: {@code onPair} when a pair holding an English sentence of the line is reported,
     * {@code nearPair} when that pair or the pair before or after it is: after a drop the aligner may shift the
     * gap by one pair, and a reviewer who opens the reported pair sees its neighbours.
     */
    public record Result(InjectionBenchmark.Recall onPair, InjectionBenchmark.Recall nearPair) { }

    public Result measure(List<List<CheckedPair>> documents, int trials, long seed, Consumer<String> misses) {
        List<int[]> positions = new ArrayList<>();
        List<List<Sentence>> sources = new ArrayList<>();
        List<List<Sentence>> targets = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
            sources.add(pipeline.sentences(documents.get(d), true));
            targets.add(pipeline.sentences(documents.get(d), false));
            for (int s = 0; s < targets.get(d).size(); s++) {
                positions.add(new int[]{d, s});
            }
        }
        Collections.shuffle(positions, new Random(seed));
        Map<List<Sentence>, Map<String, Integer>> cleanReports = new IdentityHashMap<>();
        int injected = 0;
        int[] on = new int[2];
        int[] near = new int[2];
        for (int i = 0; i < Math.min(trials, positions.size()); i++) {
            int d = positions.get(i)[0];
            List<Sentence> source = sources.get(d);
            List<Sentence> target = targets.get(d);
            Sentence dropped = target.get(positions.get(i)[1]);
            Set<String> before = cleanReports.computeIfAbsent(target, t -> reports(pipeline.alignedPairs(source, t))).keySet();
            List<CheckedPair> faulty = pipeline.alignedPairs(source, without(target, dropped.index()));
            Map<String, Integer> after = reports(faulty);
            after.keySet().removeAll(before);
            int line = lineOf(documents.get(d), dropped.paragraph());
            List<String> lineSentences = source.stream().filter(s -> s.paragraph() == line).map(Sentence::text).toList();
            List<Integer> holders = faulty.stream().filter(p -> lineSentences.stream().anyMatch(p.sourceText()::contains))
                    .map(CheckedPair::number).toList();
            injected++;
            count(after, holders, 0, on);
            count(after, holders, 1, near);
            if (!count(after, holders, 1, new int[2])) {
                List<String> pairs = faulty.stream().filter(p -> holders.contains(p.number()))
                        .map(p -> p.number() + " " + p.type() + "\n    EN: " + p.sourceText() + "\n    RU: " + p.targetText()).toList();
                misses.accept("DROPPED SENTENCE: " + dropped.text() + "\n  new: " + String.join("\n  ", after.keySet())
                        + "\n  pairs of the line: " + String.join("\n  ", pairs));
            }
        }
        return new Result(new InjectionBenchmark.Recall(injected, on[0], on[1]), new InjectionBenchmark.Recall(injected, near[0], near[1]));
    }

    /** Counts a catch at any severity in {@code caught[0]} and at WARNING or above in {@code caught[1]}; true for the latter. */
    private static boolean count(Map<String, Integer> reports, List<Integer> holders, int distance, int[] caught) {
        boolean any = false;
        boolean warning = false;
        for (Map.Entry<String, Integer> report : reports.entrySet()) {
            if (holders.stream().anyMatch(h -> Math.abs(h - report.getValue()) <= distance)) {
                any = true;
                warning |= !report.getKey().startsWith(Severity.INFO + "\t");
            }
        }
        caught[0] += any ? 1 : 0;
        caught[1] += warning ? 1 : 0;
        return warning;
    }

    /** The source paragraph of a target paragraph: both number the document's non-blank lines, which here are blank on neither side. */
    private static int lineOf(List<CheckedPair> lines, int targetParagraph) {
        int source = -1;
        int target = -1;
        for (CheckedPair line : lines) {
            source += line.sourceText().isBlank() ? 0 : 1;
            target += line.targetText().isBlank() ? 0 : 1;
            if (target == targetParagraph && !line.targetText().isBlank()) {
                return line.sourceText().isBlank() ? -1 : source;
            }
        }
        return -1;
    }

    private static List<Sentence> without(List<Sentence> sentences, int index) {
        List<Sentence> kept = new ArrayList<>(sentences.size() - 1);
        for (Sentence s : sentences) {
            if (s.index() != index) {
                kept.add(new Sentence(kept.size(), s.paragraph(), s.text()));
            }
        }
        return kept;
    }

    /** Each finding of a catcher as severity, check, message and the pair's texts, with the pair's number. */
    private Map<String, Integer> reports(List<CheckedPair> pairs) {
        Map<String, Integer> reports = new HashMap<>();
        for (Finding f : checks.run(pairs, context)) {
            if (CATCHERS.contains(f.checkId())) {
                reports.put(f.severity() + "\t" + f.checkId() + "\t" + f.message() + "\n    EN: " + f.sourceText()
                        + "\n    RU: " + f.targetText(), f.pairNumber());
            }
        }
        return reports;
    }

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        int trials = options.number(0, 200);
        long seed = options.number(1, 42);
        boolean list = options.has("--misses");
        Path ntrex = SharedCorpora.ntrex().orElseThrow(() -> new IllegalStateException(
                "NTREX not found: set -Dsverka.shared or SVERKA_SHARED to the shared folder"));
        Result result = new PipelineInjectionBenchmark(Checks.defaults(), options.context()).measure(
                ParallelCorpus.ntrexDocuments(ntrex), trials, seed, missed -> {
                    if (list) {
                        System.out.println(missed);
                    }
                });
        System.out.printf(Locale.ROOT, "Dropped Russian sentences, NTREX en-ru through segmenter and aligner, seed %d, %d trials%n",
                seed, result.onPair().injected());
        InjectionBenchmark.Recall on = result.onPair();
        InjectionBenchmark.Recall near = result.nearPair();
        System.out.printf(Locale.ROOT, "  on the sentence's pair:        %d caught = %.1f%%; at WARNING or above %d = %.1f%%%n",
                on.caught(), on.percent(), on.caughtAsWarning(), on.warningPercent());
        System.out.printf(Locale.ROOT, "  on it or a neighbouring pair:  %d caught = %.1f%%; at WARNING or above %d = %.1f%%%n",
                near.caught(), near.percent(), near.caughtAsWarning(), near.warningPercent());
    }
}
