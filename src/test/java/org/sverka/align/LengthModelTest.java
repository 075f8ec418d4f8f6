package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LengthModelTest {

    @Test
    void expectedLengthCostsNothing() {
        LengthModel model = new LengthModel(1.2, 6.8);
        assertThat(model.cost(100, 120)).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void costGrowsWithTheMismatch() {
        LengthModel model = new LengthModel(1.0, 6.8);
        assertThat(model.cost(100, 110)).isLessThan(model.cost(100, 140)).isLessThan(model.cost(100, 200));
    }

    @Test
    void oneSidedBeadsHaveAFiniteCost() {
        LengthModel model = new LengthModel(1.0, 6.8);
        assertThat(model.cost(0, 50)).isFinite().isPositive();
        assertThat(model.cost(50, 0)).isFinite().isPositive();
    }

    @Test
    void erfcMatchesKnownValues() {
        assertThat(LengthModel.erfc(0)).isCloseTo(1.0, within(1e-7));
        assertThat(LengthModel.erfc(1)).isCloseTo(0.1572992, within(1e-6));
        assertThat(LengthModel.erfc(-1)).isCloseTo(1.8427008, within(1e-6));
    }

    @Test
    void reestimationRecoversTheRatio() {
        int[] source = new int[100];
        int[] target = new int[100];
        for (int k = 0; k < 100; k++) {
            source[k] = 40 + k;
            target[k] = (int) Math.round(1.5 * source[k]) + (k % 2 == 0 ? 3 : -3);
        }
        LengthModel model = LengthModel.fromPairs(source, target, new LengthModel(1.0, 6.8));
        assertThat(model.ratio()).isCloseTo(1.5, within(0.01));
    }
}
