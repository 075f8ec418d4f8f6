package org.sverka.eval;

import java.util.ArrayList;
import java.util.List;
import org.sverka.model.Bead;

/**
 * Maps sentences found by the segmenter onto gold sentences of the same text: each gold sentence goes
 * to the one predicted sentence that holds most of its characters (the earlier one on a tie), so every
 * gold sentence goes to exactly one predicted sentence; a predicted sentence may get none (a fragment
 * split off a gold sentence) or several (gold sentences it merged).
 */
public final class SentenceProjection {
    private final List<List<Integer>> goldOfPredicted;

    private SentenceProjection(List<List<Integer>> goldOfPredicted) {
        this.goldOfPredicted = goldOfPredicted;
    }

    /** Both lists in document order; every gold span must share characters with some predicted span. */
    public static SentenceProjection between(List<ParagraphSpan> gold, List<ParagraphSpan> predicted) {
        List<List<Integer>> goldOf = new ArrayList<>(predicted.size());
        predicted.forEach(p -> goldOf.add(new ArrayList<>()));
        int first = 0;
        for (int g = 0; g < gold.size(); g++) {
            ParagraphSpan span = gold.get(g);
            while (first < predicted.size() && predicted.get(first).endsBefore(span)) {
                first++;
            }
            int best = -1;
            int bestOverlap = 0;
            for (int p = first; p < predicted.size() && !span.endsBefore(predicted.get(p)); p++) {
                int overlap = span.overlap(predicted.get(p));
                if (overlap > bestOverlap) {
                    best = p;
                    bestOverlap = overlap;
                }
            }
            if (best < 0) {
                throw new IllegalArgumentException("gold sentence " + g + " at " + span
                        + " shares no character with any predicted sentence");
            }
            goldOf.get(best).add(g);
        }
        return new SentenceProjection(goldOf.stream().map(List::copyOf).toList());
    }

    /** The gold sentences (0-based, ascending) that went to a predicted sentence; possibly none. */
    public List<Integer> goldOf(int predicted) {
        return goldOfPredicted.get(predicted);
    }

    public int predictedCount() {
        return goldOfPredicted.size();
    }

    /** How many predicted sentences hold exactly one gold sentence (whatever their boundaries). */
    public int oneToOneCount() {
        return (int) goldOfPredicted.stream().filter(g -> g.size() == 1).count();
    }

    /**
     * The gold ladder a predicted alignment amounts to: each bead becomes the rung of the gold sentences
     * its predicted sentences hold ({@link #rungOf}). A bead whose sentences hold no gold sentence on
     * either side vanishes.
     */
    public static Ladder project(List<Bead> beads, SentenceProjection source, SentenceProjection target) {
        List<Ladder.Rung> rungs = new ArrayList<>(beads.size());
        for (Bead bead : beads) {
            Ladder.Rung rung = rungOf(bead, source, target);
            if (!rung.source().isEmpty() || !rung.target().isEmpty()) {
                rungs.add(rung);
            }
        }
        return new Ladder(rungs);
    }

    /** The gold sentences one bead's predicted sentences hold, on each side; possibly none on both. */
    public static Ladder.Rung rungOf(Bead bead, SentenceProjection source, SentenceProjection target) {
        return new Ladder.Rung(source.union(bead.sourceStart(), bead.sourceEnd()),
                target.union(bead.targetStart(), bead.targetEnd()));
    }

    private List<Integer> union(int from, int to) {
        List<Integer> gold = new ArrayList<>();
        for (int p = from; p < to; p++) {
            gold.addAll(goldOfPredicted.get(p));
        }
        return gold;
    }
}
