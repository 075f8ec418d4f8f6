package org.sverka.review;

import java.util.List;
import java.util.OptionalInt;
import java.util.function.Predicate;

import org.sverka.model.Bead;

/**
 * Finds the next pair that needs the reviewer: pure look-ups over a bead list, by 1-based pair
 * number. The search goes forward from the pair after {@code afterPair} and does not wrap; pass 0 to
 * start from the top.
 */
public final class PairNavigation {
    private PairNavigation() {
    }

    /** The first unconfirmed pair after {@code afterPair} whose confidence is below {@code threshold}. */
    public static OptionalInt nextLowConfidence(List<Bead> beads, int afterPair, double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new ReviewRefusedException("The confidence threshold must be between 0 and 1, not " + threshold + ".");
        }
        return next(beads, afterPair, bead -> !bead.isConfirmed() && bead.confidence() < threshold);
    }

    /** The first pair after {@code afterPair} that is not confirmed. */
    public static OptionalInt nextUnconfirmed(List<Bead> beads, int afterPair) {
        return next(beads, afterPair, bead -> !bead.isConfirmed());
    }

    private static OptionalInt next(List<Bead> beads, int afterPair, Predicate<Bead> wanted) {
        if (afterPair < 0 || afterPair > beads.size()) {
            throw new ReviewRefusedException("Cannot search after pair " + afterPair + ": " + PairNumbers.range(beads)
                    + "; give 0 to search from the top.");
        }
        for (int i = afterPair; i < beads.size(); i++) {
            if (wanted.test(beads.get(i))) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }
}
