package org.sverka.review;

import org.sverka.model.Bead;

/** One side of an aligned text; reads and replaces that side's span of a bead. */
public enum Side {
    SOURCE("source"), TARGET("target");

    private final String word;

    Side(String word) {
        this.word = word;
    }

    /** "source" or "target", for messages. */
    public String word() {
        return word;
    }

    int start(Bead bead) {
        return this == SOURCE ? bead.sourceStart() : bead.targetStart();
    }

    int count(Bead bead) {
        return this == SOURCE ? bead.sourceCount() : bead.targetCount();
    }

    int end(Bead bead) {
        return start(bead) + count(bead);
    }

    Side other() {
        return this == SOURCE ? TARGET : SOURCE;
    }

    /**
     * A reviewer-made bead (CONFIRMED, confidence {@link PairEdits#REVIEWED}) with the given span on
     * this side and on the other side.
     */
    Bead reviewedBead(int start, int count, int otherStart, int otherCount) {
        return this == SOURCE
                ? new Bead(start, count, otherStart, otherCount, PairEdits.REVIEWED, Bead.Status.CONFIRMED)
                : new Bead(otherStart, otherCount, start, count, PairEdits.REVIEWED, Bead.Status.CONFIRMED);
    }
}
