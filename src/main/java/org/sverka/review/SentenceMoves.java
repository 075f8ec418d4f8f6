package org.sverka.review;

import java.util.ArrayList;
import java.util.List;

import org.sverka.model.Bead;

/**
 * Edits that move one sentence across a pair boundary or give it a pair of its own. Pure functions
 * over a valid bead list; each returns the {@link BeadChange} to apply or throws
 * {@link ReviewRefusedException}. Every pair an edit changes or creates is the reviewer's own
 * (CONFIRMED, confidence 1.0); a pair left with no sentence on either side disappears.
 */
public final class SentenceMoves {
    private SentenceMoves() {
    }

    /** Moves the last source sentence of pair {@code number} to the start of the next pair. */
    public static BeadChange moveSourceToNext(List<Bead> beads, int number) {
        return toNext(beads, number, Side.SOURCE);
    }

    /** Moves the first source sentence of pair {@code number} to the end of the previous pair. */
    public static BeadChange moveSourceToPrevious(List<Bead> beads, int number) {
        return toPrevious(beads, number, Side.SOURCE);
    }

    /** Moves the last target sentence of pair {@code number} to the start of the next pair. */
    public static BeadChange moveTargetToNext(List<Bead> beads, int number) {
        return toNext(beads, number, Side.TARGET);
    }

    /** Moves the first target sentence of pair {@code number} to the end of the previous pair. */
    public static BeadChange moveTargetToPrevious(List<Bead> beads, int number) {
        return toPrevious(beads, number, Side.TARGET);
    }

    /**
     * Gives source sentence {@code sentence} (0-based document index) of pair {@code number} a 1-0 pair
     * of its own. Only the first or last sentence of the pair can go; a middle one would break the order.
     */
    public static BeadChange detachSource(List<Bead> beads, int number, int sentence) {
        return detach(beads, number, sentence, Side.SOURCE);
    }

    /** Gives target sentence {@code sentence} of pair {@code number} a 0-1 pair of its own; see {@link #detachSource}. */
    public static BeadChange detachTarget(List<Bead> beads, int number, int sentence) {
        return detach(beads, number, sentence, Side.TARGET);
    }

    /** Moves a sentence of {@code side} in pair {@code number} to the next or previous pair. */
    public static BeadChange move(List<Bead> beads, int number, Side side, boolean toNext) {
        return toNext ? toNext(beads, number, side) : toPrevious(beads, number, side);
    }

    private static BeadChange toNext(List<Bead> beads, int number, Side side) {
        int index = PairNumbers.index(beads, number);
        if (index == beads.size() - 1) {
            throw new ReviewRefusedException("Pair " + number + " is the last pair: there is no next pair to move its last "
                    + side.word() + " sentence to.");
        }
        Bead bead = movable(beads, index, side);
        Bead next = beads.get(index + 1);
        Side other = side.other();
        List<Bead> after = new ArrayList<>(2);
        if (bead.sourceCount() + bead.targetCount() > 1) {
            after.add(side.reviewedBead(side.start(bead), side.count(bead) - 1, other.start(bead), other.count(bead)));
        }
        after.add(side.reviewedBead(side.start(next) - 1, side.count(next) + 1, other.start(next), other.count(next)));
        return new BeadChange("move " + side.word() + " sentence " + (side.end(bead) - 1) + " from pair " + number
                + " to pair " + (number + 1), index, List.of(bead, next), after);
    }

    private static BeadChange toPrevious(List<Bead> beads, int number, Side side) {
        int index = PairNumbers.index(beads, number);
        if (index == 0) {
            throw new ReviewRefusedException("Pair " + number + " is the first pair: there is no previous pair to move its first "
                    + side.word() + " sentence to.");
        }
        Bead bead = movable(beads, index, side);
        Bead previous = beads.get(index - 1);
        Side other = side.other();
        List<Bead> after = new ArrayList<>(2);
        after.add(side.reviewedBead(side.start(previous), side.count(previous) + 1,
                other.start(previous), other.count(previous)));
        if (bead.sourceCount() + bead.targetCount() > 1) {
            after.add(side.reviewedBead(side.start(bead) + 1, side.count(bead) - 1, other.start(bead), other.count(bead)));
        }
        return new BeadChange("move " + side.word() + " sentence " + side.start(bead) + " from pair " + number
                + " to pair " + (number - 1), index - 1, List.of(previous, bead), after);
    }

    private static Bead movable(List<Bead> beads, int index, Side side) {
        Bead bead = beads.get(index);
        if (side.count(bead) == 0) {
            throw new ReviewRefusedException("Pair " + (index + 1) + " (" + bead.type() + ") has no " + side.word()
                    + " sentence to move.");
        }
        return bead;
    }

    private static BeadChange detach(List<Bead> beads, int number, int sentence, Side side) {
        int index = PairNumbers.index(beads, number);
        Bead bead = beads.get(index);
        int start = side.start(bead);
        int count = side.count(bead);
        String what = side.word() + " sentence " + sentence;
        if (sentence < start || sentence >= start + count) {
            throw new ReviewRefusedException(capitalized(what) + " is not in pair " + number + " (it holds "
                    + PairNumbers.span(bead, side) + ").");
        }
        Side other = side.other();
        if (count == 1 && other.count(bead) == 0) {
            throw new ReviewRefusedException(capitalized(what) + " is already alone in pair " + number + " ("
                    + bead.type() + "): nothing to detach.");
        }
        if (sentence != start && sentence != start + count - 1) {
            throw new ReviewRefusedException(capitalized(what) + " is in the middle of pair " + number + " ("
                    + PairNumbers.span(bead, side) + "): only the first or the last can be detached without breaking"
                    + " the order; split the pair first.");
        }
        List<Bead> after;
        if (sentence == start) {
            after = List.of(side.reviewedBead(start, 1, other.start(bead), 0),
                    side.reviewedBead(start + 1, count - 1, other.start(bead), other.count(bead)));
        } else {
            after = List.of(side.reviewedBead(start, count - 1, other.start(bead), other.count(bead)),
                    side.reviewedBead(sentence, 1, other.end(bead), 0));
        }
        return new BeadChange("detach " + what + " from pair " + number, index, List.of(bead), after);
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
