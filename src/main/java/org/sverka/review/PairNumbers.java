package org.sverka.review;

import java.util.List;

import org.sverka.model.Bead;

/** Checks the 1-based pair numbers a reviewer types against the list, with messages that give the valid range. */
final class PairNumbers {
    private PairNumbers() {
    }

    /** The 0-based list index of pair {@code number}, or a refusal naming the valid range. */
    static int index(List<Bead> beads, int number) {
        if (number < 1 || number > beads.size()) {
            throw new ReviewRefusedException("There is no pair " + number + ": " + range(beads) + ".");
        }
        return number - 1;
    }

    static String range(List<Bead> beads) {
        return switch (beads.size()) {
            case 0 -> "the text has no pairs";
            case 1 -> "the text has 1 pair (1)";
            default -> "the text has " + beads.size() + " pairs (1-" + beads.size() + ")";
        };
    }

    /** "source sentences 4-6", "source sentence 4" or "no source sentence" for one side of a bead. */
    static String span(Bead bead, Side side) {
        int count = side.count(bead);
        int start = side.start(bead);
        return switch (count) {
            case 0 -> "no " + side.word() + " sentence";
            case 1 -> side.word() + " sentence " + start;
            default -> side.word() + " sentences " + start + "-" + (start + count - 1);
        };
    }
}
