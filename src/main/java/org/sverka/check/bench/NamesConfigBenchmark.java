package org.sverka.check.bench;

import org.sverka.check.Check;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.Finding;
import org.sverka.check.NamesCheck;
import org.sverka.check.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The NAMES figures of the two benchmarks under each {@link NamesCheck.Config}: false alarms on clean NTREX
 * (by severity) and recall on injected swapped names (any severity and WARNING+), all other checks as by default.
 * Run: {@code java -cp ... org.sverka.check.bench.NamesConfigBenchmark [perKind] [seed...]}.
 */
public final class NamesConfigBenchmark {
    private NamesConfigBenchmark() {
    }

    public static void main(String[] args) {
        int perKind = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        List<Long> seeds = args.length > 1 ? java.util.Arrays.stream(args).skip(1).map(Long::parseLong).toList() : List.of(42L, 7L);
        Path ntrex = SharedCorpora.ntrex().orElseThrow(() -> new IllegalStateException(
                "NTREX not found: set -Dsverka.shared or SVERKA_SHARED to the shared folder"));
        List<List<CheckedPair>> documents = ParallelCorpus.ntrexDocuments(ntrex);
        for (NamesCheck.Config config : List.of(NamesCheck.Config.DEFAULT, new NamesCheck.Config(true))) {
            Checks checks = with(config);
            FalseAlarmBenchmark.Result clean = FalseAlarmBenchmark.measure(documents, checks);
            Map<Severity, Integer> bySeverity = new TreeMap<>();
            for (Finding finding : clean.findings()) {
                if (finding.checkId().equals(NamesCheck.ID)) {
                    bySeverity.merge(finding.severity(), 1, Integer::sum);
                }
            }
            System.out.printf(Locale.ROOT, "%s: NTREX NAMES false alarms %s (of %d pairs)%n", config, bySeverity, clean.pairs());
            for (long seed : seeds) {
                InjectionBenchmark.Recall recall = InjectionBenchmark.measure(documents, checks, perKind, seed).get(ErrorInjector.Kind.NAME);
                System.out.printf(Locale.ROOT, "  seed %d: names %d / %d = %.1f%%, WARNING+ %d = %.1f%%%n", seed, recall.caught(),
                        recall.injected(), recall.percent(), recall.caughtAsWarning(), recall.warningPercent());
            }
        }
    }

    /** The default checks with NAMES configured as given. */
    static Checks with(NamesCheck.Config config) {
        return new Checks(Checks.defaults().all().stream()
                .map(check -> check instanceof NamesCheck ? (Check) new NamesCheck(config) : check).toList());
    }
}
