package org.sverka.check;

import java.util.Objects;

/**
 * One aligned pair as the checks see it: its 1-based number, both texts (empty on the missing side of a
 * 1-0 or 0-1 pair), its type as people write it ("1-1", "2-1", "1-0") and how sure the alignment is: the
 * aligner's confidence in [0, 1], or 1 for a pair a person confirmed or a pair given as aligned.
 */
public record CheckedPair(int number, String sourceText, String targetText, String type, double confidence) {
    public CheckedPair {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(type, "type");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
    }

    /** A pair whose alignment is certain. */
    public CheckedPair(int number, String sourceText, String targetText, String type) {
        this(number, sourceText, targetText, type, 1.0);
    }

    /** A pair whose type follows from which sides are empty: "1-1", "1-0" or "0-1". */
    public static CheckedPair of(int number, String sourceText, String targetText) {
        String type = (sourceText.isBlank() ? "0" : "1") + "-" + (targetText.isBlank() ? "0" : "1");
        return new CheckedPair(number, sourceText, targetText, type);
    }

    public static CheckedPair from(org.sverka.model.AlignedPair pair) {
        double confidence = pair.isConfirmed() ? 1.0 : pair.confidence();
        return new CheckedPair(pair.number(), pair.sourceText(), pair.targetText(), pair.type(), confidence);
    }

    public boolean isOneToOne() {
        return "1-1".equals(type);
    }

    /** A 1-0 or 0-1 pair: one side has no text. */
    public boolean isUnpaired() {
        return sourceText.isBlank() != targetText.isBlank();
    }
}
