package org.sverka.check.bench;

import org.sverka.check.CheckContext;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.Finding;
import org.sverka.check.Glossary;
import org.sverka.check.Severity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Recall on errors injected into the Russian side of NTREX: for each kind, up to {@code perKind}
 * distinct random pairs that offer something to change get one error; it counts as caught when a check meant for that kind reports the pair
 * with a message it did not give before the injection. Deterministic for a given seed.
 * Run: {@code java -cp ... org.sverka.check.bench.InjectionBenchmark [perKind] [seed] [--misses] [--dictionary F]}.
 */
public final class InjectionBenchmark {
    /** Injected and caught counts for one kind of error. */
    public record Recall(int injected, int caught, int caughtAsWarning) {
        public double percent() {
            return injected == 0 ? 0 : 100.0 * caught / injected;
        }

        /** Recall counting only catches at WARNING or ERROR, the severities a reviewer is asked to act on. */
        public double warningPercent() {
            return injected == 0 ? 0 : 100.0 * caughtAsWarning / injected;
        }
    }

    public static Map<ErrorInjector.Kind, Recall> measure(List<List<CheckedPair>> documents, Checks checks, int perKind, long seed) {
        return measure(documents, checks, perKind, seed, missed -> { });
    }

    /** As {@link #measure(List, Checks, int, long)}, handing every missed injection (kind, pair, faulty text) to {@code misses}. */
    public static Map<ErrorInjector.Kind, Recall> measure(List<List<CheckedPair>> documents, Checks checks, int perKind, long seed,
                                                          java.util.function.Consumer<String> misses) {
        return measure(documents, checks, new CheckContext(Locale.ENGLISH, Locale.forLanguageTag("ru"), Glossary.EMPTY), perKind, seed, misses);
    }

    /** As above in a given context: with the user's dictionary, for example. */
    public static Map<ErrorInjector.Kind, Recall> measure(List<List<CheckedPair>> documents, Checks checks, CheckContext context,
                                                          int perKind, long seed, java.util.function.Consumer<String> misses) {
        Map<ErrorInjector.Kind, Recall> result = new EnumMap<>(ErrorInjector.Kind.class);
        ErrorInjector injector = new ErrorInjector(seed);
        Map<List<CheckedPair>, List<Finding>> cleanFindings = new java.util.IdentityHashMap<>();
        for (ErrorInjector.Kind kind : ErrorInjector.Kind.values()) {
            List<int[]> positions = new ArrayList<>();
            for (int d = 0; d < documents.size(); d++) {
                for (int p = 0; p < documents.get(d).size(); p++) {
                    positions.add(new int[]{d, p});
                }
            }
            // each pair at most once per kind, in a random order fixed by the seed
            java.util.Collections.shuffle(positions, new Random(seed + kind.ordinal()));
            int injected = 0;
            int caught = 0;
            int caughtAsWarning = 0;
            for (int attempt = 0; attempt < positions.size() && injected < perKind; attempt++) {
                List<CheckedPair> document = documents.get(positions.get(attempt)[0]);
                int index = positions.get(attempt)[1];
                CheckedPair clean = document.get(index);
                Optional<String> faulty = injector.inject(kind, clean.sourceText(), clean.targetText());
                if (faulty.isEmpty() || faulty.get().equals(clean.targetText())) {
                    continue;
                }
                List<CheckedPair> changed = new ArrayList<>(document);
                changed.set(index, new CheckedPair(clean.number(), clean.sourceText(), faulty.get(), clean.type()));
                Set<String> before = reportsOn(cleanFindings.computeIfAbsent(document,
                        d -> checks.run(d, context)), clean.number());
                Set<String> after = reportsOn(checks.run(changed, context), clean.number());
                injected++;
                after.removeAll(before);
                if (after.stream().anyMatch(report -> kind.catchers().contains(report.substring(0, report.indexOf('\t'))))) {
                    caught++;
                    if (after.stream().anyMatch(report -> kind.catchers().contains(report.substring(0, report.indexOf('\t')))
                            && !report.endsWith("\t" + Severity.INFO))) {
                        caughtAsWarning++;
                    } else {
                        misses.accept(kind + " (INFO only: " + after + ")\n  EN: " + clean.sourceText() + "\n  RU: " + clean.targetText() + "\n  XX: " + faulty.get());
                    }
                } else {
                    misses.accept(kind + "\n  EN: " + clean.sourceText() + "\n  RU: " + clean.targetText() + "\n  XX: " + faulty.get());
                }
            }
            result.put(kind, new Recall(injected, caught, caughtAsWarning));
        }
        return result;
    }

    /** What the checks say about one pair: check id and message, so that a new message counts as a new report. */
    private static Set<String> reportsOn(List<Finding> findings, int pair) {
        return findings.stream().filter(f -> f.pairNumber() == pair).map(f -> f.checkId() + "\t" + f.message() + "\t" + f.severity())
                .collect(Collectors.toCollection(java.util.HashSet::new));
    }

    public static void main(String[] args) {
        BenchmarkOptions options = BenchmarkOptions.parse(args);
        int perKind = options.number(0, 200);
        long seed = options.number(1, 42);
        Path ntrex = SharedCorpora.ntrex().orElseThrow(() -> new IllegalStateException(
                "NTREX not found: set -Dsverka.shared or SVERKA_SHARED to the shared folder"));
        boolean list = options.has("--misses");
        Map<ErrorInjector.Kind, Recall> result = measure(ParallelCorpus.ntrexDocuments(ntrex), Checks.defaults(), options.context(), perKind, seed,
                missed -> {
                    if (list) {
                        System.out.println(missed);
                    }
                });
        System.out.printf(Locale.ROOT, "Injected errors, NTREX en-ru, seed %d, up to %d per kind%n", seed, perKind);
        result.forEach((kind, r) -> System.out.printf(Locale.ROOT, "  %-13s %4d / %4d caught = %.1f%%; at WARNING or above %4d = %.1f%%%n",
                kind, r.caught(), r.injected(), r.percent(), r.caughtAsWarning(), r.warningPercent()));
    }
}
