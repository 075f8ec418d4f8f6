package org.sverka.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BoundaryScoreTest {

    @Test
    void computesPrecisionRecallAndF1() {
        BoundaryScore score = new BoundaryScore(8, 2, 8);
        assertThat(score.precision()).isEqualTo(0.8);
        assertThat(score.recall()).isEqualTo(0.5);
        assertThat(score.f1()).isCloseTo(2 * 0.8 * 0.5 / 1.3, within(1e-12));
    }

    @Test
    void addsCounts() {
        assertThat(new BoundaryScore(1, 2, 3).plus(new BoundaryScore(10, 20, 30)))
                .isEqualTo(new BoundaryScore(11, 22, 33));
    }

    @Test
    void scoresNothingToFindAndNothingFoundAsPerfect() {
        assertThat(BoundaryScore.ZERO.f1()).isEqualTo(1.0);
    }

    @Test
    void scoresNoTruePositiveAsZeroF1() {
        assertThat(new BoundaryScore(0, 3, 4).f1()).isZero();
    }

    @Test
    void printsTheFiguresWithFourDecimals() {
        assertThat(new BoundaryScore(3, 1, 0)).hasToString("P=0.7500 R=1.0000 F1=0.8571 (tp=3 fp=1 fn=0)");
    }
}
