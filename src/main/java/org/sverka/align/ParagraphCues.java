package org.sverka.align;

import java.util.List;

/**
 * The cost of a bead whose boundaries disagree with the paragraph marks: it starts a paragraph on one side
 * only, or a paragraph break falls inside it (on one side only, or on both: then the bead could be split). What such a disagreement costs is learned per
 * document from a path: on the path's beads, how much more often paragraph starts coincide on both sides
 * than chance would make them (pointwise mutual information), separately for a start on the source side
 * only and on the target side only. So marks that a translation keeps cost much, marks it does not keep
 * (added or dropped on one side) cost little or nothing, and sides without marks cost nothing at all.
 */
final class ParagraphCues {
    // Pseudo-count per cell of the 2x2 table: a document whose path never starts a paragraph on one side only
    // must not make that event infinitely dear.
    private static final double SMOOTHING = 0.5;
    // Tuned on Anna Karenina val with its marks (strict F1 at cap 3 / 5 nats: 0.9403 / 0.9406 at weight 1;
    // weight 0.6 / 1 / 1.5 / 2.5 / 4: 0.9396 / 0.9406 / 0.9419 / 0.9420 / 0.9420, and likewise with a share
    // of the target's breaks removed or added at random). Text+Berg dev end to end, headings apart: unchanged.
    private static final double MAX_SURPRISE = 5;
    private static final double WEIGHT = 2.5;

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

    private static final ParagraphMarks NO_MARKS = new ParagraphMarks(List.of());

    /** Cues that cost nothing. */
    static ParagraphCues none() {
        return new ParagraphCues(NO_MARKS, NO_MARKS, 0, 0);
    }

    /**
     * Cues whose costs are learned from the beads of a path (those with sentences on both sides); free when
     * either side's marks are not {@link ParagraphMarks#informative()}.
     */
    static ParagraphCues learned(ParagraphMarks source, ParagraphMarks target, BeadSearch.Path path,
                                 List<BeadShape> shapes) {
        if (!source.informative() || !target.informative()) {
            return none();
        }
        double both = SMOOTHING;
        double sourceStarts = SMOOTHING;
        double targetStarts = SMOOTHING;
        double neither = SMOOTHING;
        // The first bead starts a paragraph on both sides whatever the marks: it says nothing.
        for (int k = 1; k < path.beads(); k++) {
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
        double sourceOnly = surprise(sourceStarts / total, pSource * (1 - pTarget));
        double targetOnly = surprise(targetStarts / total, (1 - pSource) * pTarget);
        return new ParagraphCues(source, target, WEIGHT * sourceOnly, WEIGHT * targetOnly);
    }

    /** How much rarer an event is on the path than by chance, in nats, between 0 and {@link #MAX_SURPRISE}. */
    private static double surprise(double observed, double chance) {
        return Math.min(MAX_SURPRISE, Math.max(0, Math.log(chance / observed)));
    }

    /** Whether every bead costs 0 (the cues are off). */
    boolean isFree() {
        return sourceOnly == 0 && targetOnly == 0;
    }

    /** What a paragraph start or break on the source side only costs. */
    double sourceOnlyCost() {
        return sourceOnly;
    }

    /** What a paragraph start or break on the target side only costs. */
    double targetOnlyCost() {
        return targetOnly;
    }

    /** Cost of the bead (a, b both at least 1) of a source and b target sentences starting after i source and j target sentences. */
    double cost(int i, int a, int j, int b) {
        if (isFree()) {
            return 0;
        }
        boolean s = source.starts(i);
        boolean t = target.starts(j);
        int sourceBreaks = source.breaksWithin(i, a);
        int targetBreaks = target.breaksWithin(j, b);
        int extra = sourceBreaks - targetBreaks;
        int sourceOnlyCount = (s && !t ? 1 : 0) + Math.max(0, extra);
        int targetOnlyCount = (t && !s ? 1 : 0) + Math.max(0, -extra);
        // A break inside the bead on both sides is still a break no bead boundary matches: without this cost two
        // dialogue lines, each a paragraph of its own on both sides, merged into a 2-2 bead when their lengths
        // fitted better that way (Anna Karenina val with its marks 0.9420 without, 0.9424 with).
        return sourceOnly * sourceOnlyCount + targetOnly * targetOnlyCount
                + Math.min(sourceBreaks, targetBreaks) * (sourceOnly + targetOnly) / 2;
    }
}
