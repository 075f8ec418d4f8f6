package org.sverka.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class UncoveredRunTest {
    @Test
    void theLongestStretchOfUncoveredWordsIsFoundWithTheCoverageOfTheRest() {
        UncoveredRun run = UncoveredRun.longest(words("CUCUUUCC")).orElseThrow();

        assertThat(run.uncovered()).isEqualTo(3);
        assertThat(run.start()).isEqualTo(30);
        assertThat(run.end()).isEqualTo(55);
        assertThat(run.coveredElsewhere()).isEqualTo(4);
        assertThat(run.knownElsewhere()).isEqualTo(5);
        assertThat(run.coverageElsewhere()).isEqualTo(0.8);
    }

    @Test
    void unknownWordsNeitherExtendNorBreakAStretchButACoveredWordEndsIt() {
        assertThat(UncoveredRun.longest(words("UKUKU")).orElseThrow().uncovered()).isEqualTo(3);
        assertThat(UncoveredRun.longest(words("UUCUU")).orElseThrow().uncovered()).isEqualTo(2);
    }

    @Test
    void aFullyRenderedSentenceHasNoStretch() {
        assertThat(UncoveredRun.longest(words("CCKC"))).isEmpty();
        assertThat(UncoveredRun.longest(List.of())).isEmpty();
    }

    /** One word every 10 characters, 5 long, its status by letter: C covered, U uncovered, K unknown. */
    private static List<SourceCoverage.Word> words(String statuses) {
        List<SourceCoverage.Word> words = new ArrayList<>();
        for (int i = 0; i < statuses.length(); i++) {
            SourceCoverage.Status status = switch (statuses.charAt(i)) {
                case 'C' -> SourceCoverage.Status.COVERED;
                case 'U' -> SourceCoverage.Status.UNCOVERED;
                default -> SourceCoverage.Status.UNKNOWN;
            };
            words.add(new SourceCoverage.Word(i * 10, i * 10 + 5, status));
        }
        return words;
    }
}
