package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentScorerTest {
    private final AlignmentScorer scorer = new AlignmentScorer();

    private static Ladder ladder(String text) {
        return LadderFormat.parse(text, "test");
    }

    @Test
    void identicalAlignmentsScoreOne() {
        Ladder gold = ladder("[0]:[0]\n[1, 2]:[1]\n[]:[2]\n");
        AlignmentScore score = scorer.score(gold, gold);
        assertThat(score.strictF1()).isEqualTo(1.0);
        assertThat(score.laxF1()).isEqualTo(1.0);
    }

    @Test
    void strictAndLaxDifferOnAPartlyRightBead() {
        // gold: [0]:[0] [1,2]:[1] [3]:[2]; predicted splits the 2-1 wrongly: [1]:[1] [2,3]:[2]
        Ladder gold = ladder("[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n");
        Ladder predicted = ladder("[0]:[0]\n[1]:[1]\n[2, 3]:[2]\n");
        AlignmentScore score = scorer.score(predicted, gold);
        // precision: 1 of 3 strict; all 3 lax ([1]:[1] overlaps [1,2]:[1]; [2,3]:[2] overlaps [3]:[2])
        assertThat(score.strictPrecision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(score.laxPrecision()).isEqualTo(1.0);
        // recall: gold beads found exactly: 1 of 3; lax: all 3
        assertThat(score.strictRecall()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(score.laxRecall()).isEqualTo(1.0);
        assertThat(score.strictF1()).isCloseTo(1.0 / 3, within(1e-12));
    }

    @Test
    void insertionsCountInPrecisionButNotInRecall() {
        Ladder gold = ladder("[0]:[0]\n[1]:[1, 2]\n");
        Ladder predicted = ladder("[0]:[0]\n[1]:[1]\n[]:[2]\n");
        AlignmentScore score = scorer.score(predicted, gold);
        // precision over 3 predicted rungs: 1 strict; lax: [1]:[1] overlaps, []:[2] has no source so never lax
        assertThat(score.strictPrecision()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(score.laxPrecision()).isCloseTo(2.0 / 3, within(1e-12));
        // recall over the 2 gold rungs with both sides, against predicted rungs with both sides
        assertThat(score.strictRecall()).isCloseTo(0.5, within(1e-12));
        assertThat(score.laxRecall()).isEqualTo(1.0);
    }

    @Test
    void documentsArePooledBeforeDividing() {
        Ladder gold1 = ladder("[0]:[0]\n");
        Ladder gold2 = ladder("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
        Ladder predicted1 = ladder("[0]:[0]\n");
        Ladder predicted2 = ladder("[0, 1]:[0, 1]\n[2]:[2]\n");
        AlignmentScore score = scorer.score(List.of(predicted1, predicted2), List.of(gold1, gold2));
        // 2 of 3 predicted rungs right (micro), not the mean of 1.0 and 0.5
        assertThat(score.strictPrecision()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(score.strictRecall()).isCloseTo(2.0 / 4, within(1e-12));
    }

    @Test
    void emptyPredictionScoresZeroWithoutDividingByZero() {
        AlignmentScore score = scorer.score(ladder(""), ladder("[0]:[0]\n"));
        assertThat(score.strictF1()).isZero();
        assertThat(score.laxF1()).isZero();
    }

    @Test
    void strictMatchesFlagEachPredictedRung() {
        assertThat(scorer.strictMatches(ladder("[0]:[0]\n[1]:[1]\n"), ladder("[0]:[0]\n[1]:[1, 2]\n")))
                .containsExactly(true, false);
    }
}
