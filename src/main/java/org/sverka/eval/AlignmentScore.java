package org.sverka.eval;

/**
 * Strict and lax precision, recall and F1 of a predicted alignment against a gold one, as vecalign's
 * score.py defines them (see {@link AlignmentScorer}).
 */
public record AlignmentScore(double strictPrecision, double strictRecall, double strictF1,
                             double laxPrecision, double laxRecall, double laxF1) {

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "strict P %.3f R %.3f F1 %.3f | lax P %.3f R %.3f F1 %.3f",
                strictPrecision, strictRecall, strictF1, laxPrecision, laxRecall, laxF1);
    }
}
