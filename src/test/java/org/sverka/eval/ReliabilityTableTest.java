package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ReliabilityTableTest {

    @Test
    void errorIsTheBinWeightedGapBetweenAccuracyAndConfidence() {
        double[] confidences = {0.95, 0.95, 0.55, 0.55};
        boolean[] correct = {true, true, true, false};
        ReliabilityTable table = ReliabilityTable.of(confidences, correct);
        assertThat(table.expectedCalibrationError()).isCloseTo(0.05 * 0.5 + 0.05 * 0.5, within(1e-12));
        assertThat(table.bins().get(9).beads()).isEqualTo(2);
        assertThat(table.bins().get(9).accuracy()).isEqualTo(1.0);
    }

    @Test
    void overconfidenceShowsAsError() {
        ReliabilityTable table = ReliabilityTable.of(new double[] {1.0, 1.0}, new boolean[] {false, false});
        assertThat(table.expectedCalibrationError()).isEqualTo(1.0);
    }

    @Test
    void noBeadsNoError() {
        assertThat(ReliabilityTable.of(new double[0], new boolean[0]).expectedCalibrationError()).isZero();
    }
}
