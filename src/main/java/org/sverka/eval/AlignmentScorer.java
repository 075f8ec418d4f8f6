package org.sverka.eval;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores predicted ladders against gold ones exactly as vecalign's score.py does.
 *
 * <p>Precision: over the distinct predicted rungs; strict-correct when the gold holds the identical rung,
 * lax-correct when some gold rung shares a source sentence with it and links one of the rung's target
 * sentences (so a predicted 0-1 rung is never lax-correct). Recall: the same computation with the roles
 * swapped after dropping 1-0 and 0-1 rungs on both sides. Several documents are pooled (micro): the
 * counts are summed before dividing. A division by zero gives 0.
 */
public final class AlignmentScorer {

    public AlignmentScore score(Ladder predicted, Ladder gold) {
        return score(List.of(predicted), List.of(gold));
    }

    public AlignmentScore score(List<Ladder> predicted, List<Ladder> gold) {
        if (predicted.size() != gold.size()) {
            throw new IllegalArgumentException("need one gold ladder per predicted ladder: "
                    + predicted.size() + " vs " + gold.size());
        }
        Counts precision = new Counts();
        Counts recall = new Counts();
        for (int d = 0; d < predicted.size(); d++) {
            precision.add(count(gold.get(d).rungs(), predicted.get(d).rungs()));
            recall.add(count(withoutInsertions(predicted.get(d).rungs()), withoutInsertions(gold.get(d).rungs())));
        }
        double strictP = ratio(precision.strictTrue, precision.strictFalse);
        double laxP = ratio(precision.laxTrue, precision.laxFalse);
        double strictR = ratio(recall.strictTrue, recall.strictFalse);
        double laxR = ratio(recall.laxTrue, recall.laxFalse);
        return new AlignmentScore(strictP, strictR, f1(strictP, strictR), laxP, laxR, f1(laxP, laxR));
    }

    /** Whether each predicted rung is strict-correct, in order (for calibration of confidences). */
    public boolean[] strictMatches(Ladder predicted, Ladder gold) {
        Set<Ladder.Rung> goldRungs = new HashSet<>(gold.rungs());
        boolean[] matches = new boolean[predicted.size()];
        for (int i = 0; i < matches.length; i++) {
            matches[i] = goldRungs.contains(predicted.rungs().get(i));
        }
        return matches;
    }

    private static Counts count(List<Ladder.Rung> reference, List<Ladder.Rung> candidates) {
        Set<Ladder.Rung> referenceSet = new LinkedHashSet<>(reference);
        Map<Integer, Set<Integer>> linkedTargets = new HashMap<>();
        for (Ladder.Rung rung : referenceSet) {
            for (int s : rung.source()) {
                linkedTargets.computeIfAbsent(s, k -> new HashSet<>()).addAll(rung.target());
            }
        }
        Counts counts = new Counts();
        for (Ladder.Rung rung : new LinkedHashSet<>(candidates)) {
            if (rung.source().isEmpty() && rung.target().isEmpty()) {
                continue;
            }
            if (referenceSet.contains(rung)) {
                counts.strictTrue++;
                counts.laxTrue++;
            } else {
                counts.strictFalse++;
                if (laxOverlap(rung, linkedTargets)) {
                    counts.laxTrue++;
                } else {
                    counts.laxFalse++;
                }
            }
        }
        return counts;
    }

    private static boolean laxOverlap(Ladder.Rung rung, Map<Integer, Set<Integer>> linkedTargets) {
        for (int s : rung.source()) {
            Set<Integer> targets = linkedTargets.get(s);
            if (targets != null) {
                for (int t : rung.target()) {
                    if (targets.contains(t)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static List<Ladder.Rung> withoutInsertions(List<Ladder.Rung> rungs) {
        return rungs.stream().filter(r -> !r.isInsertionOrDeletion()).toList();
    }

    private static double ratio(long correct, long wrong) {
        return correct + wrong == 0 ? 0.0 : (double) correct / (correct + wrong);
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    private static final class Counts {
        long strictTrue;
        long strictFalse;
        long laxTrue;
        long laxFalse;

        void add(Counts other) {
            strictTrue += other.strictTrue;
            strictFalse += other.strictFalse;
            laxTrue += other.laxTrue;
            laxFalse += other.laxFalse;
        }
    }
}
