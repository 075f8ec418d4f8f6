package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sverka.align.SentenceAligner;

/** Quality gates on the shared gold data (issue 2); skipped when the corpora are absent. */
class AlignmentBenchmarkTest {
    private final AlignmentBenchmark benchmark = new AlignmentBenchmark(new SentenceAligner());

    private static SharedCorpora corpora(String corpus) {
        Optional<SharedCorpora> shared = SharedCorpora.locate();
        assumeTrue(shared.isPresent() && shared.get().has(corpus), "shared corpus " + corpus + " absent: skipped");
        return shared.get();
    }

    @Test
    void annaKareninaValPassesTheIssue2Gate() {
        GoldDocument anna = corpora(SharedCorpora.ANNA).annaKareninaVal();
        assertThat(anna.source()).hasSize(4830);
        assertThat(anna.target()).hasSize(4336);
        AlignmentBenchmark.SetResult result = benchmark.run("anna", List.of(anna));
        assertThat(result.score().strictF1()).isGreaterThan(0.91);
    }

    @Test
    void textBergTestPassesTheIssue2Gate() {
        List<GoldDocument> test = corpora(SharedCorpora.TEXT_BERG).textBergTest();
        AlignmentBenchmark.SetResult result = benchmark.run("text+berg test", test);
        assertThat(result.score().strictF1()).isGreaterThan(0.76);
    }
}
