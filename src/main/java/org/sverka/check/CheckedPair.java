package org.sverka.check;

import java.util.Objects;

/**
 * One aligned pair as the checks see it: its 1-based number, both texts (empty on the missing side of a
 * 1-0 or 0-1 pair) and its type as people write it ("1-1", "2-1", "1-0").
 */
public record CheckedPair(int number, String sourceText, String targetText, String type) {
    public CheckedPair {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(type, "type");
    }

    /** A pair whose type follows from which sides are empty: "1-1", "1-0" or "0-1". */
    public static CheckedPair of(int number, String sourceText, String targetText) {
        String type = (sourceText.isBlank() ? "0" : "1") + "-" + (targetText.isBlank() ? "0" : "1");
        return new CheckedPair(number, sourceText, targetText, type);
    }

    public static CheckedPair from(org.sverka.model.AlignedPair pair) {
        return new CheckedPair(pair.number(), pair.sourceText(), pair.targetText(), pair.type());
    }

    public boolean isOneToOne() {
        return "1-1".equals(type);
    }
}
