package org.sverka.align;

/**
 * The user's dictionary as evidence for a bead, scored per sentence pair: each sentence of the bead
 * counts its words linked by the dictionary into its single best partner sentence on the other side,
 * so a 2-2 bead gains nothing over the 1-1 + 1-1 it contains from links between neighbouring sentences
 * on one topic. A general dictionary links such neighbours far above its band-wide rate (Schnee ~ neige
 * in both); counted like the other links, any word of the bead into any sentence of the other side, it
 * merged 1-1 + 1-1 into 2-2 (Text+Berg dev 0.9195 -> 0.8761 with FreeDict deu-fra + fra-deu).
 */
final class DictionaryEvidence {
    private final int[] lo;
    private final int[] hi;
    private final int[] offset;
    /** Per band cell: the source mask at 2 * cell, the target mask at 2 * cell + 1; null without a dictionary. */
    private final long[] masks;
    private final int[] sourceSizes;
    private final int[] targetSizes;
    private final long[] sourceSizePrefix;
    private final long[] targetSizePrefix;
    private final double chanceRate;
    private final long[] sourceLinkablePrefix;
    private final long[] targetLinkablePrefix;

    /** @param links links from the user's dictionary that the other evidence lacks; nothing is stored when there are none */
    DictionaryEvidence(Band band, TextSide source, TextSide target, WordLinks links) {
        this.lo = band.los();
        this.hi = band.his();
        this.offset = band.rowOffsets();
        this.sourceSizes = LinkMasks.sizes(source);
        this.targetSizes = LinkMasks.sizes(target);
        this.sourceSizePrefix = LinkMasks.prefix(sourceSizes);
        this.targetSizePrefix = LinkMasks.prefix(targetSizes);
        long[] sourceLinkable = new long[source.size()];
        long[] targetLinkable = new long[target.size()];
        if (links.isEmpty()) {
            masks = null;
            chanceRate = 0;
        } else {
            masks = new long[2 * band.cells()];
            double[] totals = LinkMasks.fill(band, source, target, links, masks, sourceLinkable, targetLinkable);
            chanceRate = totals[1] == 0 ? 0 : totals[0] / totals[1];
        }
        sourceLinkablePrefix = LinkMasks.bitCountPrefix(sourceLinkable);
        targetLinkablePrefix = LinkMasks.bitCountPrefix(targetLinkable);
    }

    /** Whether there is no dictionary evidence at all (every score 0). */
    boolean isEmpty() {
        return masks == null;
    }

    /** An upper bound of {@link #score}, in O(1): the bead's words that the dictionary links to anything in the band. */
    long maxWords(int s0, int a, int t0, int b) {
        return sourceLinkablePrefix[s0 + a] - sourceLinkablePrefix[s0] + targetLinkablePrefix[t0 + b]
                - targetLinkablePrefix[t0];
    }

    /**
     * The bead's dictionary-linked words, each sentence into its best partner, less the chance level: the
     * band's rate x the sentence's words x that partner's words (an average partner's when it has no link),
     * so that the chance level, too, is the same for a 2-2 bead as for the 1-1 + 1-1 it contains (with an
     * average partner the 2-2 bead paid less when sentence sizes go together: T+B dev 0.9156, not 0.9195).
     */
    double score(int s0, int a, int t0, int b) {
        if (masks == null) {
            return 0;
        }
        double sourceWords = sourceSizePrefix[s0 + a] - sourceSizePrefix[s0];
        double targetWords = targetSizePrefix[t0 + b] - targetSizePrefix[t0];
        int matched = 0;
        double pairs = 0;
        for (int x = 0; x < a; x++) {
            int best = 0;
            double partnerWords = targetWords / b;
            for (int y = 0; y < b; y++) {
                int count = Long.bitCount(mask(s0 + x, t0 + y, 0));
                if (count > best) {
                    best = count;
                    partnerWords = targetSizes[t0 + y];
                }
            }
            matched += best;
            pairs += sourceSizes[s0 + x] * partnerWords;
        }
        for (int y = 0; y < b; y++) {
            int best = 0;
            double partnerWords = sourceWords / a;
            for (int x = 0; x < a; x++) {
                int count = Long.bitCount(mask(s0 + x, t0 + y, 1));
                if (count > best) {
                    best = count;
                    partnerWords = sourceSizes[s0 + x];
                }
            }
            matched += best;
            pairs += targetSizes[t0 + y] * partnerWords;
        }
        return matched - chanceRate * pairs;
    }

    private long mask(int s, int t, int side) {
        int i = s + 1;
        int j = t + 1;
        return j < lo[i] || j > hi[i] ? 0L : masks[2 * (offset[i] + j - lo[i]) + side];
    }
}
