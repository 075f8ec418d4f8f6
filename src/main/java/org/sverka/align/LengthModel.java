package org.sverka.align;

/**
 * Gale-Church length model on content characters: a translation of l source characters has about c*l
 * target characters, with variance s2 per character. The cost is -log P(|delta| this large), delta the
 * standardised difference; the variance uses the mean of both sides so 1-0 and 0-1 beads get a cost too.
 */
record LengthModel(double ratio, double variance) {
    private static final double MIN_PROBABILITY = 1e-12;
    private static final double TABLE_STEP = 0.005;
    private static final double[] TAIL_COST = tailCosts();

    LengthModel {
        if (!(ratio > 0) || !(variance > 0)) {
            throw new IllegalArgumentException("ratio and variance must be positive: " + ratio + ", " + variance);
        }
    }

    /** The ratio of the totals, and Gale and Church's variance scaled by it. */
    static LengthModel fromTotals(long sourceLength, long targetLength) {
        double ratio = sourceLength == 0 || targetLength == 0 ? 1.0 : (double) targetLength / sourceLength;
        return new LengthModel(ratio, 6.8 * ratio);
    }

    /** Re-estimates ratio and variance from pairs believed to be translations, dropping the worst 5%. */
    static LengthModel fromPairs(int[] sourceLengths, int[] targetLengths, LengthModel fallback) {
        int count = sourceLengths.length;
        if (count < 20) {
            return fallback;
        }
        double ls = 0;
        double lt = 0;
        for (int k = 0; k < count; k++) {
            ls += sourceLengths[k];
            lt += targetLengths[k];
        }
        double ratio = lt / Math.max(1, ls);
        double[] squared = new double[count];
        for (int k = 0; k < count; k++) {
            double diff = targetLengths[k] - ratio * sourceLengths[k];
            squared[k] = diff * diff / Math.max(1.0, (ratio * sourceLengths[k] + targetLengths[k]) / 2);
        }
        java.util.Arrays.sort(squared);
        int kept = (int) Math.ceil(count * 0.95);
        double sum = 0;
        for (int k = 0; k < kept; k++) {
            sum += squared[k];
        }
        return new LengthModel(ratio, Math.max(0.5, sum / kept));
    }

    double cost(int sourceLength, int targetLength) {
        double mean = Math.max(1.0, (ratio * sourceLength + targetLength) / 2);
        double delta = Math.abs(targetLength - ratio * sourceLength) / Math.sqrt(variance * mean);
        double position = delta / TABLE_STEP;
        int index = (int) position;
        if (index >= TAIL_COST.length - 1) {
            return TAIL_COST[TAIL_COST.length - 1];
        }
        double fraction = position - index;
        return TAIL_COST[index] * (1 - fraction) + TAIL_COST[index + 1] * fraction;
    }

    /** -log P(|Z| > delta) for a standard normal Z, tabulated: the search asks for it millions of times. */
    private static double[] tailCosts() {
        double[] table = new double[(int) (8.0 / TABLE_STEP) + 2];
        for (int k = 0; k < table.length; k++) {
            table[k] = -Math.log(Math.max(MIN_PROBABILITY, erfc(k * TABLE_STEP / Math.sqrt(2))));
        }
        return table;
    }

    /** Complementary error function, Chebyshev fit with relative error below 1.2e-7 (Numerical Recipes). */
    static double erfc(double x) {
        double z = Math.abs(x);
        double t = 1.0 / (1.0 + 0.5 * z);
        double r = t * Math.exp(-z * z - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418
                + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587
                + t * (-0.82215223 + t * 0.17087277)))))))));
        return x >= 0 ? r : 2.0 - r;
    }
}
