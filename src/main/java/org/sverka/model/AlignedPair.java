package org.sverka.model;

import java.util.Objects;

/**
 * An aligned pair ready to show or export: its 1-based number in the text, the joined source and
 * target text (empty for 0-1 / 1-0 pairs), and the bead it comes from.
 */
public record AlignedPair(int number, String sourceText, String targetText, Bead bead) {
    public AlignedPair {
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
        Objects.requireNonNull(bead, "bead");
    }

    public String type() {
        return bead.type();
    }

    public double confidence() {
        return bead.confidence();
    }

    public boolean isConfirmed() {
        return bead.isConfirmed();
    }
}
