package org.sverka.segment;

/**
 * Sentence-boundary counts against a gold split: a boundary is the offset where a sentence ends inside
 * its paragraph (paragraph ends are not counted, every splitter gets them right).
 */
public record BoundaryScore(long truePositives, long falsePositives, long falseNegatives) {

    public static final BoundaryScore ZERO = new BoundaryScore(0, 0, 0);

    public BoundaryScore plus(BoundaryScore other) {
        return new BoundaryScore(truePositives + other.truePositives, falsePositives + other.falsePositives,
                falseNegatives + other.falseNegatives);
    }

    public double precision() {
        return ratio(truePositives, truePositives + falsePositives);
    }

    public double recall() {
        return ratio(truePositives, truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    private static double ratio(long part, long whole) {
        return whole == 0 ? 1 : (double) part / whole;
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "P=%.4f R=%.4f F1=%.4f (tp=%d fp=%d fn=%d)",
                precision(), recall(), f1(), truePositives, falsePositives, falseNegatives);
    }
}
