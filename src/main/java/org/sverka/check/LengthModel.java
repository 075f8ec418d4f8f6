package org.sverka.check;

import java.util.Arrays;
import java.util.List;

/**
 * A text's own model of how long a translation is: the median and the robust spread (1.4826 x median
 * absolute deviation) of log(target chars / source chars) over its 1-1 pairs. Robust statistics
 * keep a few bad pairs from widening the model that should expose them.
 */
record LengthModel(double median, double spread, int pairs) {
    /** Below this the spread of a small sample says little: 0.15 is about a 15% length difference, what free but faithful news translation shows. */
    static final double MIN_SPREAD = 0.15;

    static LengthModel of(List<CheckedPair> pairs) {
        double[] ratios = pairs.stream()
                .filter(p -> p.isOneToOne() && !p.sourceText().isBlank() && !p.targetText().isBlank())
                .mapToDouble(p -> logRatio(p.sourceText(), p.targetText()))
                .sorted().toArray();
        if (ratios.length == 0) {
            return new LengthModel(0, MIN_SPREAD, 0);
        }
        double median = median(ratios);
        double[] deviations = Arrays.stream(ratios).map(r -> Math.abs(r - median)).sorted().toArray();
        return new LengthModel(median, Math.max(MIN_SPREAD, 1.4826 * median(deviations)), ratios.length);
    }

    /** The same model with a wider spread, for texts too short to trust their own spread. */
    LengthModel withSpreadAtLeast(double minimum) {
        return new LengthModel(median, Math.max(spread, minimum), pairs);
    }

    static double logRatio(String source, String target) {
        return Math.log((target.strip().length() + 1.0) / (source.strip().length() + 1.0));
    }

    double zScore(String source, String target) {
        return (logRatio(source, target) - median) / spread;
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
