package org.sverka.review;

import java.util.List;
import java.util.Objects;

import org.sverka.model.Bead;

/**
 * Edits that reshape whole pairs: merge, split, confirm, unconfirm. Pure functions over a valid bead
 * list (see {@link BeadListInvariant}); each returns the {@link BeadChange} to apply, or throws
 * {@link ReviewRefusedException}. Pairs are numbered from 1, as the shell shows them.
 *
 * <p>A pair that a merge or split produces is the reviewer's own: it is {@code CONFIRMED} with
 * confidence 1.0, whatever the pairs it came from were. Confirming keeps the aligner's confidence,
 * so unconfirming gives the pair back its original score.
 */
public final class PairEdits {
    /** Confidence of a pair the reviewer made by hand. */
    public static final double REVIEWED = 1.0;

    private PairEdits() {
    }

    /** Merges pair {@code number} with the pair after it into one pair holding both spans. */
    public static BeadChange merge(List<Bead> beads, int number) {
        int index = PairNumbers.index(beads, number);
        if (index == beads.size() - 1) {
            throw new ReviewRefusedException("Pair " + number + " is the last pair: there is no next pair to merge with.");
        }
        Bead first = beads.get(index);
        Bead second = beads.get(index + 1);
        Bead merged = new Bead(first.sourceStart(), first.sourceCount() + second.sourceCount(),
                first.targetStart(), first.targetCount() + second.targetCount(), REVIEWED, Bead.Status.CONFIRMED);
        return new BeadChange("merge pairs " + number + " and " + (number + 1), index,
                List.of(first, second), List.of(merged));
    }

    /**
     * Splits pair {@code number} in two: the first keeps its first {@code sourceSplit} source and
     * {@code targetSplit} target sentences, the second the rest. Either part may have one empty side,
     * not both.
     */
    public static BeadChange split(List<Bead> beads, int number, int sourceSplit, int targetSplit) {
        int index = PairNumbers.index(beads, number);
        Bead bead = beads.get(index);
        if (sourceSplit < 0 || sourceSplit > bead.sourceCount() || targetSplit < 0 || targetSplit > bead.targetCount()) {
            throw new ReviewRefusedException("Pair " + number + " has " + bead.sourceCount() + " source and "
                    + bead.targetCount() + " target sentences: the first part can keep 0-" + bead.sourceCount()
                    + " source and 0-" + bead.targetCount() + " target sentences, not " + sourceSplit + " and "
                    + targetSplit + ".");
        }
        int sourceRest = bead.sourceCount() - sourceSplit;
        int targetRest = bead.targetCount() - targetSplit;
        if (sourceSplit + targetSplit == 0 || sourceRest + targetRest == 0) {
            throw new ReviewRefusedException("Splitting pair " + number + " (" + bead.type() + ") after " + sourceSplit
                    + " source and " + targetSplit + " target sentences would leave the " + (sourceSplit + targetSplit == 0
                    ? "first" : "second") + " part empty: each part needs at least one sentence.");
        }
        Bead first = new Bead(bead.sourceStart(), sourceSplit, bead.targetStart(), targetSplit,
                REVIEWED, Bead.Status.CONFIRMED);
        Bead second = new Bead(first.sourceEnd(), sourceRest, first.targetEnd(), targetRest,
                REVIEWED, Bead.Status.CONFIRMED);
        return new BeadChange("split pair " + number + " after " + sourceSplit + " source and " + targetSplit
                + " target sentences", index, List.of(bead), List.of(first, second));
    }

    /** Marks pairs {@code from} to {@code to} (inclusive) confirmed, keeping their confidence. */
    public static BeadChange confirm(List<Bead> beads, int from, int to) {
        return mark(beads, from, to, Bead.Status.CONFIRMED, "confirm");
    }

    /** Marks pairs {@code from} to {@code to} (inclusive) automatic again, keeping their confidence. */
    public static BeadChange unconfirm(List<Bead> beads, int from, int to) {
        return mark(beads, from, to, Bead.Status.AUTOMATIC, "unconfirm");
    }

    private static BeadChange mark(List<Bead> beads, int from, int to, Bead.Status status, String verb) {
        Objects.requireNonNull(beads, "beads");
        if (from > to) {
            throw new ReviewRefusedException("Cannot " + verb + " pairs " + from + "-" + to
                    + ": give the first pair, then the last (" + PairNumbers.range(beads) + ").");
        }
        int first = PairNumbers.index(beads, from);
        int last = PairNumbers.index(beads, to);
        List<Bead> marked = beads.subList(first, last + 1).stream().map(bead -> bead.withStatus(status)).toList();
        String pairs = from == to ? "pair " + from : "pairs " + from + "-" + to;
        BeadChange minimal = BeadChange.between(verb + " " + pairs, beads.subList(first, last + 1), marked);
        return new BeadChange(minimal.description(), first + minimal.fromIndex(), minimal.before(), minimal.after());
    }
}
