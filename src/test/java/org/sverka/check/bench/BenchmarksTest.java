package org.sverka.check.bench;

import org.junit.jupiter.api.Test;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Runs both benchmarks on a small sample of NTREX; skips when the shared corpora are absent. */
class BenchmarksTest {
    private static List<List<CheckedPair>> sample() {
        Path ntrex = SharedCorpora.ntrex().orElse(null);
        assumeTrue(ntrex != null, "NTREX not found (../shared, ../../shared, -Dsverka.shared or SVERKA_SHARED): skipped");
        return ParallelCorpus.ntrexDocuments(ntrex).subList(0, 10);
    }

    @Test
    void falseAlarmBenchmarkCountsEveryPairOfTheSample() {
        List<List<CheckedPair>> documents = sample();
        FalseAlarmBenchmark.Result result = FalseAlarmBenchmark.measure(documents, Checks.defaults());
        assertThat(result.pairs()).isEqualTo(documents.stream().mapToInt(List::size).sum());
        assertThat(result.per100Pairs()).isEqualTo(100.0 * result.findings().size() / result.pairs());
    }

    @Test
    void injectionBenchmarkIsDeterministicAndCatchesUntranslatedSentences() {
        List<List<CheckedPair>> documents = sample();
        Map<ErrorInjector.Kind, InjectionBenchmark.Recall> first = InjectionBenchmark.measure(documents, Checks.defaults(), 5, 7);
        Map<ErrorInjector.Kind, InjectionBenchmark.Recall> second = InjectionBenchmark.measure(documents, Checks.defaults(), 5, 7);
        assertThat(first).isEqualTo(second);
        assertThat(first.get(ErrorInjector.Kind.UNTRANSLATED).caught()).isPositive();
    }
}
