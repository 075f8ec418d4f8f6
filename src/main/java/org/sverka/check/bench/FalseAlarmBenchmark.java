package org.sverka.check.bench;

import org.sverka.check.CheckContext;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.Finding;
import org.sverka.check.Glossary;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * False alarms per 100 pairs on clean professional translations: every finding on NTREX en-ru
 * (gold line pairs, one text per document) counts as a false alarm.
 * Run: {@code java -cp target/classes:<deps> org.sverka.check.bench.FalseAlarmBenchmark [--list] [--dictionary F]}.
 */
public final class FalseAlarmBenchmark {
    /** The findings of a run and the number of pairs checked. */
    public record Result(int pairs, List<Finding> findings) {
        public double per100Pairs() {
            return pairs == 0 ? 0 : 100.0 * findings.size() / pairs;
        }

        /** Findings per 100 pairs at or above a severity (ERROR is highest). */
        public double per100Pairs(org.sverka.check.Severity atLeast) {
            long n = findings.stream().filter(f -> f.severity().compareTo(atLeast) <= 0).count();
            return pairs == 0 ? 0 : 100.0 * n / pairs;
        }

        public Map<String, Integer> byCheck() {
            Map<String, Integer> counts = new TreeMap<>();
            findings.forEach(f -> counts.merge(f.checkId(), 1, Integer::sum));
            return counts;
        }
    }

    public static Result measure(List<List<CheckedPair>> documents, Checks checks) {
        return measure(documents, checks, new CheckContext(Locale.ENGLISH, Locale.forLanguageTag("ru"), Glossary.EMPTY));
    }

    /** As {@link #measure(List, Checks)} in a given context: with the user's dictionary, for example. */
    public static Result measure(List<List<CheckedPair>> documents, Checks checks, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        int pairs = 0;
        for (List<CheckedPair> document : documents) {
            pairs += document.size();
            findings.addAll(checks.run(document, context));
        }
        return new Result(pairs, findings);
    }

    public static void main(String[] args) {
        Path ntrex = SharedCorpora.ntrex().orElseThrow(() -> new IllegalStateException(
                "NTREX not found: set -Dsverka.shared or SVERKA_SHARED to the shared folder"));
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        Result result = measure(ParallelCorpus.ntrexDocuments(ntrex), Checks.defaults(), options.context());
        boolean list = options.has("--list");
        if (list) {
            for (Finding f : result.findings()) {
                System.out.println(f.checkId() + "\t" + f.severity() + "\t" + f.message() + "\n  EN: " + f.sourceText() + "\n  RU: " + f.targetText());
            }
        }
        System.out.printf(Locale.ROOT, "NTREX en-ru: %d pairs, %d findings, %.2f per 100 pairs%n",
                result.pairs(), result.findings().size(), result.per100Pairs());
        System.out.printf(Locale.ROOT, "  without INFO: %.2f per 100 pairs; ERROR only: %.2f per 100 pairs%n",
                result.per100Pairs(org.sverka.check.Severity.WARNING), result.per100Pairs(org.sverka.check.Severity.ERROR));
        Map<String, Map<org.sverka.check.Severity, Integer>> table = new TreeMap<>();
        result.findings().forEach(f -> table.computeIfAbsent(f.checkId(), k -> new TreeMap<>()).merge(f.severity(), 1, Integer::sum));
        table.forEach((id, n) -> System.out.printf(Locale.ROOT, "  %-16s %s%n", id, n));
    }
}
