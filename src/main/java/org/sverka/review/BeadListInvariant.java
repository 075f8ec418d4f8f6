package org.sverka.review;

import java.util.List;
import java.util.Objects;

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
        Objects.requireNonNull(beads, "beads");
        int source = 0;
        int target = 0;
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = Objects.requireNonNull(beads.get(i), "bead");
            checkStart(i + 1, Side.SOURCE, bead.sourceStart(), source);
            checkStart(i + 1, Side.TARGET, bead.targetStart(), target);
            source = bead.sourceEnd();
            target = bead.targetEnd();
        }
        checkEnd(Side.SOURCE, source, sourceCount);
        checkEnd(Side.TARGET, target, targetCount);
    }

    /** Whether {@link #check} would pass. */
    public static boolean holds(List<Bead> beads, int sourceCount, int targetCount) {
        try {
            check(beads, sourceCount, targetCount);
            return true;
        } catch (BrokenBeadListException broken) {
            return false;
        }
    }

    private static void checkStart(int pair, Side side, int start, int expected) {
        if (start > expected) {
            throw new BrokenBeadListException("Pair " + pair + " starts at " + side.word() + " sentence " + start
                    + " but the previous pairs end at " + expected + ": " + side.word() + " sentences " + expected
                    + "-" + (start - 1) + " are in no pair. Realign the text.");
        }
        if (start < expected) {
            throw new BrokenBeadListException("Pair " + pair + " starts at " + side.word() + " sentence " + start
                    + " but the previous pairs already cover it (they end at " + expected
                    + "): a sentence is in two pairs or out of order. Realign the text.");
        }
    }

    private static void checkEnd(Side side, int covered, int count) {
        if (covered != count) {
            throw new BrokenBeadListException("The pairs cover " + covered + " " + side.word()
                    + " sentences but the text has " + count + ". Realign the text.");
        }
    }
}
