package org.sverka.export;

import java.util.Objects;
import org.sverka.model.AlignedPair;

/**
 * Which pairs an export writes.
 *
 * @param selection      all pairs, only confirmed ones, or those with at least {@code minConfidence}
 * @param minConfidence  the threshold for {@link Selection#MIN_CONFIDENCE}, in [0, 1]; ignored otherwise
 * @param includeUnpaired whether 1-0 and 0-1 pairs (a sentence with no counterpart) are written; off by
 *                       default, because a translation memory entry with one side teaches a CAT tool nothing
 */
public record ExportOptions(Selection selection, double minConfidence, boolean includeUnpaired) {

    /** Which aligned pairs to keep. */
    public enum Selection {
        /** Every pair. */
        ALL,
        /** Only pairs a person confirmed. */
        CONFIRMED,
        /** Confirmed pairs, and automatic pairs whose confidence is at least the threshold. */
        MIN_CONFIDENCE
    }

    public ExportOptions {
        Objects.requireNonNull(selection, "selection");
        if (!(minConfidence >= 0.0 && minConfidence <= 1.0)) {
            throw new IllegalArgumentException("minConfidence must be in [0, 1]: " + minConfidence);
        }
    }

    /** All pairs, unpaired sentences left out. */
    public ExportOptions() {
        this(Selection.ALL, 0.0, false);
    }

    public static ExportOptions defaults() {
        return new ExportOptions();
    }

    public static ExportOptions confirmedOnly() {
        return new ExportOptions(Selection.CONFIRMED, 0.0, false);
    }

    public static ExportOptions minConfidence(double threshold) {
        return new ExportOptions(Selection.MIN_CONFIDENCE, threshold, false);
    }

    public ExportOptions withUnpaired(boolean include) {
        return new ExportOptions(selection, minConfidence, include);
    }

    /** Whether {@code pair} belongs in the export. */
    public boolean accepts(AlignedPair pair) {
        if (!includeUnpaired && isUnpaired(pair)) {
            return false;
        }
        return switch (selection) {
            case ALL -> true;
            case CONFIRMED -> pair.isConfirmed();
            // A person's confirmation outranks the aligner's score.
            case MIN_CONFIDENCE -> pair.isConfirmed() || pair.confidence() >= minConfidence;
        };
    }

    static boolean isUnpaired(AlignedPair pair) {
        return pair.bead().sourceCount() == 0 || pair.bead().targetCount() == 0;
    }
}
