package org.sverka.model;

/**
 * One aligned pair: a contiguous span of source sentences and a contiguous span of target sentences
 * (either may be empty, for 0-1 and 1-0 pairs), with a confidence in [0, 1] and a review status.
 * Sentence positions are 0-based document indexes.
 */
public record Bead(int sourceStart, int sourceCount, int targetStart, int targetCount,
                   double confidence, Status status) {

    /** Whether a person confirmed the pair or the aligner proposed it. */
    public enum Status { AUTOMATIC, CONFIRMED }

    public Bead {
        if (sourceStart < 0 || targetStart < 0 || sourceCount < 0 || targetCount < 0) {
            throw new IllegalArgumentException("negative span in bead " + sourceStart + "+" + sourceCount
                    + " / " + targetStart + "+" + targetCount);
        }
        if (sourceCount == 0 && targetCount == 0) {
            throw new IllegalArgumentException("a bead must hold at least one sentence");
        }
        if (!(confidence >= 0.0 && confidence <= 1.0)) {
            throw new IllegalArgumentException("confidence must be in [0, 1]: " + confidence);
        }
        if (status == null) {
            throw new NullPointerException("status");
        }
    }

    public static Bead automatic(int sourceStart, int sourceCount, int targetStart, int targetCount, double confidence) {
        return new Bead(sourceStart, sourceCount, targetStart, targetCount, confidence, Status.AUTOMATIC);
    }

    /** The pair type as people write it: "1-1", "2-1", "0-1". */
    public String type() {
        return sourceCount + "-" + targetCount;
    }

    public int sourceEnd() {
        return sourceStart + sourceCount;
    }

    public int targetEnd() {
        return targetStart + targetCount;
    }

    public boolean isConfirmed() {
        return status == Status.CONFIRMED;
    }

    public Bead withStatus(Status newStatus) {
        return new Bead(sourceStart, sourceCount, targetStart, targetCount, confidence, newStatus);
    }
}
