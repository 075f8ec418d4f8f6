package org.sverka.workbench;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

import org.sverka.model.AlignedPair;
import org.sverka.review.PairNavigation;
import org.sverka.review.PairSearch;
import org.sverka.review.ReviewRefusedException;
import org.sverka.review.ReviewStatus;
import org.sverka.review.SearchSide;
import org.sverka.store.FindingRecord;
import org.sverka.store.TextInfo;

/**
 * Finding the pairs that need a reviewer: the pairs around a number, the next low-confidence,
 * unconfirmed or flagged pair, a text search, and how far the review has come. Read-only; the edits
 * are in {@link Corrections}. Pairs are numbered from 1; "next" searches start after {@code afterPair}
 * (0 = from the top) and do not wrap.
 */
public final class Review {
    private final Workbench workbench;

    public Review(Workbench workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
    }

    /** Pair {@code number} with up to {@code radius} pairs on each side. */
    public List<AlignedPair> around(String text, int number, int radius) {
        TextInfo info = workbench.requireAligned(text);
        if (number < 1 || number > info.pairs()) {
            throw new ReviewRefusedException("There is no pair " + number + " in '" + text + "': it has "
                    + info.pairs() + " pairs (1-" + info.pairs() + ").");
        }
        int from = Math.max(1, number - Math.max(radius, 0));
        return workbench.store().alignments().page(info.id(), from, number + Math.max(radius, 0) - from + 1);
    }

    /** The pairs {@code first} to {@code last} (clamped to the text). */
    public List<AlignedPair> range(String text, int first, int last) {
        TextInfo info = workbench.requireAligned(text);
        int from = Math.max(1, Math.min(first, info.pairs()));
        return workbench.store().alignments().page(info.id(), from, Math.max(last, from) - from + 1);
    }

    /** The next automatic pair whose confidence is below {@code threshold} (0-1). */
    public OptionalInt nextLowConfidence(String text, int afterPair, double threshold) {
        TextInfo info = workbench.requireAligned(text);
        return PairNavigation.nextLowConfidence(workbench.store().alignments().beads(info.id()), afterPair, threshold);
    }

    /** The next pair not confirmed yet. */
    public OptionalInt nextUnconfirmed(String text, int afterPair) {
        TextInfo info = workbench.requireAligned(text);
        return PairNavigation.nextUnconfirmed(workbench.store().alignments().beads(info.id()), afterPair);
    }

    /** The next pair with an open (not dismissed) finding of the last check run. */
    public OptionalInt nextWithFinding(String text, int afterPair) {
        TextInfo info = workbench.requireAligned(text);
        if (afterPair < 0 || afterPair > info.pairs()) {
            throw new ReviewRefusedException("Cannot search after pair " + afterPair + ": '" + text + "' has "
                    + info.pairs() + " pairs; give 0 to search from the top.");
        }
        Set<Integer> flagged = new HashSet<>();
        for (FindingRecord finding : workbench.store().findings().open(info.id())) {
            flagged.add(finding.pairNumber());
        }
        for (int number = afterPair + 1; number <= info.pairs(); number++) {
            if (flagged.contains(number)) {
                return OptionalInt.of(number);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * The pairs whose text contains {@code query} on {@code side}: plain text ignores case in every
     * script and reads "ё" as "е"; {@code regex} takes a Java regular expression (Unicode-aware).
     */
    public List<AlignedPair> search(String text, String query, boolean regex, SearchSide side) {
        TextInfo info = workbench.requireAligned(text);
        List<AlignedPair> pairs = new ArrayList<>(info.pairs());
        workbench.store().alignments().forEachPair(info.id(), pairs::add);
        List<Integer> found = PairSearch.search(pairs, query, regex, side);
        return found.stream().map(number -> pairs.get(number - 1)).toList();
    }

    /** Confirmed, automatic and low-confidence (automatic, below {@code threshold}) pair counts. */
    public ReviewStatus status(String text, double threshold) {
        if (!(threshold >= 0.0 && threshold <= 1.0)) {
            throw new ReviewRefusedException("The confidence threshold must be between 0 and 1, not " + threshold + ".");
        }
        TextInfo info = workbench.text(text);
        return ReviewStatus.of(workbench.store().alignments().beads(info.id()), threshold);
    }
}
