package org.sverka.align;

import java.util.List;

/**
 * The cost of a bead whose boundaries disagree with the paragraph marks: it starts a paragraph on one side
 * only, or a paragraph break falls inside it on one side only. What such a disagreement costs is learned per
 * document from a path: on the path's beads, how much more often paragraph starts coincide on both sides
 * than chance would make them (pointwise mutual information), separately for a start on the source side
 * only and on the target side only. So marks that a translation keeps cost much, marks it does not keep
 * (added or dropped on one side) cost little or nothing, and sides without marks cost nothing at all.
 */
final class ParagraphCues {
    // Pseudo-count per cell of the 2x2 table: a document whose path never starts a paragraph on one side only
    // must not make that event infinitely dear.
    private static final double SMOOTHING = 0.5;

    private final ParagraphMarks source;
    private final ParagraphMarks target;
    private final double sourceOnly;
    private final double targetOnly;

    private ParagraphCues(ParagraphMarks source, ParagraphMarks target, double sourceOnly, double targetOnly) {
        this.source = source;
        this.target = target;
        this.sourceOnly = sourceOnly;
        this.targetOnly = targetOnly;
    }

    /** Cues that cost nothing. */
    static ParagraphCues none(ParagraphMarks source, ParagraphMarks target) {
        return new ParagraphCues(source, target, 0, 0);
    }

    /** Cues with a fixed cost per disagreement, when both sides have informative marks. */
    static ParagraphCues fixed(ParagraphMarks source, ParagraphMarks target, double cost) {
        boolean marked = source.informative() && target.informative();
        return new ParagraphCues(source, target, marked ? cost : 0, marked ? cost : 0);
    }

    /**
     * Cues whose costs are learned from the beads of a path (those with sentences on both sides), each
     * capped at {@code maxCost} and scaled by {@code weight}.
     */
    static ParagraphCues learned(ParagraphMarks source, ParagraphMarks target, BeadSearch.Path path,
                                 List<BeadShape> shapes, double weight, double maxCost) {
        if (!source.informative() || !target.informative()) {
            return none(source, target);
        }
        double both = SMOOTHING;
        double sourceStarts = SMOOTHING;
        double targetStarts = SMOOTHING;
        double neither = SMOOTHING;
        for (int k = 0; k < path.beads(); k++) {
            BeadShape shape = shapes.get(path.shapes()[k]);
            if (shape.sourceCount() == 0 || shape.targetCount() == 0) {
                continue;
            }
            boolean s = source.starts(path.rows()[k]);
            boolean t = target.starts(path.cols()[k]);
            if (s && t) {
                both++;
            } else if (s) {
                sourceStarts++;
            } else if (t) {
                targetStarts++;
            } else {
                neither++;
            }
        }
        double total = both + sourceStarts + targetStarts + neither;
        double pSource = (both + sourceStarts) / total;
        double pTarget = (both + targetStarts) / total;
        double sourceOnly = surprise(sourceStarts / total, pSource * (1 - pTarget), maxCost);
        double targetOnly = surprise(targetStarts / total, (1 - pSource) * pTarget, maxCost);
        return new ParagraphCues(source, target, weight * sourceOnly, weight * targetOnly);
    }

    /** How much rarer an event is on the path than by chance, in nats, between 0 and {@code max}. */
    private static double surprise(double observed, double chance, double max) {
        return Math.min(max, Math.max(0, Math.log(chance / observed)));
    }

    boolean isFree() {
        return sourceOnly == 0 && targetOnly == 0;
    }

    double sourceOnlyCost() {
        return sourceOnly;
    }

    double targetOnlyCost() {
        return targetOnly;
    }

    /** Cost of the bead of a source and b target sentences starting after i source and j target sentences. */
    double cost(int i, int a, int j, int b) {
        boolean s = source.starts(i);
        boolean t = target.starts(j);
        int extra = source.breaksWithin(i, a) - target.breaksWithin(j, b);
        int sourceOnlyCount = (s && !t ? 1 : 0) + Math.max(0, extra);
        int targetOnlyCount = (t && !s ? 1 : 0) + Math.max(0, -extra);
        return sourceOnly * sourceOnlyCount + targetOnly * targetOnlyCount;
    }
}
