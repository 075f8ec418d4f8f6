package org.sverka.review;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.sverka.model.Bead;

/**
 * What every bead list of a text must satisfy: read in order, the beads cover source sentences
 * 0..sourceCount-1 and target sentences 0..targetCount-1 exactly once, each span starting where the
 * previous one ended. That also holds for an empty side: a 0-1 bead's source span is empty and starts
 * at the next unaligned source sentence, so its position is never ambiguous.
 */
public final class BeadListInvariant {
    private BeadListInvariant() {
    }

    /**
     * Throws {@link BrokenBeadListException} naming the first pair that breaks the rule.
     *
     * @param sourceCount number of source sentences of the text
     * @param targetCount number of target sentences of the text
     */
    public static void check(List<Bead> beads, int sourceCount, int targetCount) {
        Optional<String> violation = firstViolation(beads, sourceCount, targetCount);
        if (violation.isPresent()) {
            throw new BrokenBeadListException(violation.get());
        }
    }

    /** Whether {@link #check} would pass. */
    public static boolean holds(List<Bead> beads, int sourceCount, int targetCount) {
        return firstViolation(beads, sourceCount, targetCount).isEmpty();
    }

    /** What is wrong with the list, as a message for the user; empty when the list is valid. */
    public static Optional<String> firstViolation(List<Bead> beads, int sourceCount, int targetCount) {
        Objects.requireNonNull(beads, "beads");
        int source = 0;
        int target = 0;
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = Objects.requireNonNull(beads.get(i), "bead");
            Optional<String> wrongSource = startViolation(i + 1, Side.SOURCE, bead.sourceStart(), source);
            if (wrongSource.isPresent()) {
                return wrongSource;
            }
            Optional<String> wrongTarget = startViolation(i + 1, Side.TARGET, bead.targetStart(), target);
            if (wrongTarget.isPresent()) {
                return wrongTarget;
            }
            source = bead.sourceEnd();
            target = bead.targetEnd();
        }
        Optional<String> wrongEnd = endViolation(Side.SOURCE, source, sourceCount);
        return wrongEnd.isPresent() ? wrongEnd : endViolation(Side.TARGET, target, targetCount);
    }

    private static Optional<String> startViolation(int pair, Side side, int start, int expected) {
        if (start > expected) {
            return Optional.of("Pair " + pair + " starts at " + side.word() + " sentence " + start
                    + " but the previous pairs end at " + expected + ": " + side.word() + " sentences " + expected
                    + "-" + (start - 1) + " are in no pair. Realign the text.");
        }
        if (start < expected) {
            return Optional.of("Pair " + pair + " starts at " + side.word() + " sentence " + start
                    + " but the previous pairs already cover it (they end at " + expected
                    + "): a sentence is in two pairs or out of order. Realign the text.");
        }
        return Optional.empty();
    }

    private static Optional<String> endViolation(Side side, int covered, int count) {
        if (covered != count) {
            return Optional.of("The pairs cover " + covered + " " + side.word()
                    + " sentences but the text has " + count + ". Realign the text.");
        }
        return Optional.empty();
    }
}
