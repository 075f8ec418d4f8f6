package org.sverka.align;

import java.util.List;

/**
 * A bead shape the aligner may propose, e.g. 2-1 (two source sentences, one target sentence), with its
 * prior probability among all beads. Priors are relative; the aligner normalises them.
 */
public record BeadShape(int sourceCount, int targetCount, double prior) {

    /**
     * Gale-Church style shapes; 2-1 is more common than in the 1993 paper because translators of novels merge
     * sentences. Untranslated sentences come in blocks (captions, notes): 0-2 .. 4-0 let a block be skipped at
     * once instead of being glued to a neighbour as a 1-4 bead; the aligner reports them one sentence a bead.
     */
    public static final List<BeadShape> DEFAULTS = List.of(
            new BeadShape(1, 1, 0.85),
            new BeadShape(1, 0, 0.02),
            new BeadShape(0, 1, 0.02),
            new BeadShape(2, 1, 0.06),
            new BeadShape(1, 2, 0.04),
            new BeadShape(2, 2, 0.008),
            new BeadShape(3, 1, 0.006),
            new BeadShape(1, 3, 0.004),
            new BeadShape(3, 2, 0.001),
            new BeadShape(2, 3, 0.001),
            new BeadShape(4, 1, 0.001),
            new BeadShape(1, 4, 0.001),
            new BeadShape(0, 2, 0.005),
            new BeadShape(2, 0, 0.005),
            new BeadShape(0, 3, 0.0025),
            new BeadShape(3, 0, 0.0025),
            new BeadShape(0, 4, 0.00125),
            new BeadShape(4, 0, 0.00125));

    public BeadShape {
        if (sourceCount < 0 || targetCount < 0 || sourceCount + targetCount == 0 || sourceCount > 8 || targetCount > 8) {
            throw new IllegalArgumentException("bead shape must hold 1 to 8 sentences a side: " + sourceCount + "-" + targetCount);
        }
        if (!(prior > 0 && prior <= 1)) {
            throw new IllegalArgumentException("prior must be in (0, 1]: " + prior);
        }
    }

    public boolean isSkip() {
        return sourceCount == 0 || targetCount == 0;
    }

    public BeadShape withPrior(double newPrior) {
        return new BeadShape(sourceCount, targetCount, newPrior);
    }

    @Override
    public String toString() {
        return sourceCount + "-" + targetCount;
    }
}
