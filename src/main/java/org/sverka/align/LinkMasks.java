package org.sverka.align;

/**
 * For every sentence pair (s, t) inside the band: which of s's words have a linked word in t (a bit
 * mask over s's word positions) and which of t's words have one in s. A bead's lexical evidence is
 * then a few ORs and bit counts, whatever its shape, and no word is counted twice.
 */
final class LinkMasks {
    private final int[] lo;
    private final int[] hi;
    private final int[] offset;
    /** Per band cell: the source mask at 2 * cell, the target mask at 2 * cell + 1. */
    private final long[] masks;
    private final long[] targetOr = new long[8];
    private final long[] sourceSizePrefix;
    private final long[] targetSizePrefix;
    private final int[] sourceSizes;
    private final int[] targetSizes;
    private final double chanceRate;
    /** Prefix sums of each sentence's words that link to anything in the band: the most a bead can match. */
    private final long[] sourceLinkablePrefix;
    private final long[] targetLinkablePrefix;

    LinkMasks(Band band, TextSide source, TextSide target, WordLinks links) {
        this.lo = band.los();
        this.hi = band.his();
        this.offset = band.rowOffsets();
        this.sourceSizes = sizes(source);
        this.targetSizes = sizes(target);
        this.sourceSizePrefix = prefix(sourceSizes);
        this.targetSizePrefix = prefix(targetSizes);
        long[] sourceLinkable = new long[source.size()];
        long[] targetLinkable = new long[target.size()];
        this.masks = new long[2 * band.cells()];
        double[] totals = fill(band, source, target, links, masks, sourceLinkable, targetLinkable);
        chanceRate = totals[1] == 0 ? 0 : totals[0] / totals[1];
        sourceLinkablePrefix = bitCountPrefix(sourceLinkable);
        targetLinkablePrefix = bitCountPrefix(targetLinkable);
    }

    /**
     * Fills one mask per band cell and side; returns the matched words summed over the band and the
     * word pairs (2ab per sentence pair) of the rows whose source sentence links to anything.
     */
    static double[] fill(Band band, TextSide source, TextSide target, WordLinks links, long[] masks,
                         long[] sourceLinkable, long[] targetLinkable) {
        double matchedTotal = 0;
        double pairTotal = 0;
        // bitsByTarget[v]: which positions of the current source sentence link to target word v
        long[] bitsByTarget = new long[target.vocabularySize()];
        for (int i = 1; i <= band.rows(); i++) {
            int[] sourceWords = source.words(i - 1);
            boolean any = false;
            for (int a = 0; a < sourceWords.length; a++) {
                for (int v : links.targets(sourceWords[a])) {
                    bitsByTarget[v] |= 1L << a;
                    any = true;
                }
            }
            if (!any) {
                continue;
            }
            for (int j = Math.max(1, band.lo(i)); j <= band.hi(i); j++) {
                int[] targetWords = target.words(j - 1);
                long sourceMask = 0;
                long targetMask = 0;
                for (int b = 0; b < targetWords.length; b++) {
                    long bits = bitsByTarget[targetWords[b]];
                    if (bits != 0) {
                        sourceMask |= bits;
                        targetMask |= 1L << b;
                    }
                }
                matchedTotal += Long.bitCount(sourceMask) + Long.bitCount(targetMask);
                sourceLinkable[i - 1] |= sourceMask;
                targetLinkable[j - 1] |= targetMask;
                int cell = band.cell(i, j);
                masks[2 * cell] = sourceMask;
                masks[2 * cell + 1] = targetMask;
            }
            for (int j = Math.max(1, band.lo(i)); j <= band.hi(i); j++) {
                pairTotal += 2.0 * sourceWords.length * target.words(j - 1).length;
            }
            for (int sourceWord : sourceWords) {
                for (int v : links.targets(sourceWord)) {
                    bitsByTarget[v] = 0;
                }
            }
        }
        return new double[] {matchedTotal, pairTotal};
    }

    static long[] bitCountPrefix(long[] masks) {
        long[] prefix = new long[masks.length + 1];
        for (int k = 0; k < masks.length; k++) {
            prefix[k + 1] = prefix[k] + Long.bitCount(masks[k]);
        }
        return prefix;
    }

    /** An upper bound of {@link #matchedWords}, in O(1): the bead's words that link to anything in the band. */
    long maxMatchedWords(int s0, int a, int t0, int b) {
        return sourceLinkablePrefix[s0 + a] - sourceLinkablePrefix[s0] + targetLinkablePrefix[t0 + b]
                - targetLinkablePrefix[t0];
    }

    static long[] prefix(int[] values) {
        long[] prefix = new long[values.length + 1];
        for (int k = 0; k < values.length; k++) {
            prefix[k + 1] = prefix[k] + values[k];
        }
        return prefix;
    }

    static int[] sizes(TextSide side) {
        int[] sizes = new int[side.size()];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = side.words(i).length;
        }
        return sizes;
    }

    /**
     * Matched words a bead would show by chance: the band is mostly non-translations, so its average
     * matched words per (source word x target word) pair estimates the chance rate; a bead with a
     * and b words expects chanceRate * 2ab. Subtracting it keeps big beads from winning on chance links.
     */
    double chanceMatches(int s0, int a, int t0, int b) {
        double sourceWords = sourceSizePrefix[s0 + a] - sourceSizePrefix[s0];
        double targetWords = targetSizePrefix[t0 + b] - targetSizePrefix[t0];
        return chanceRate * 2.0 * sourceWords * targetWords;
    }

    /** Content words of the bead's sentences, both sides together. */
    long contentWords(int s0, int a, int t0, int b) {
        return sourceSizePrefix[s0 + a] - sourceSizePrefix[s0] + targetSizePrefix[t0 + b] - targetSizePrefix[t0];
    }

    /** Linked words of source sentence s and target sentence t (0 outside the band). */
    long sourceMask(int s, int t) {
        int i = s + 1;
        int j = t + 1;
        return j < lo[i] || j > hi[i] ? 0L : masks[2 * (offset[i] + j - lo[i])];
    }

    long targetMask(int s, int t) {
        int i = s + 1;
        int j = t + 1;
        return j < lo[i] || j > hi[i] ? 0L : masks[2 * (offset[i] + j - lo[i]) + 1];
    }

    /**
     * Words of source s0..s0+a-1 with a link into target t0..t0+b-1, plus the converse. Not thread-safe
     * (scratch arrays): one instance per alignment.
     */
    int matchedWords(int s0, int a, int t0, int b) {
        if (a == 1 && b == 1) {
            return Long.bitCount(sourceMask(s0, t0)) + Long.bitCount(targetMask(s0, t0));
        }
        for (int y = 0; y < b; y++) {
            targetOr[y] = 0L;
        }
        int matched = 0;
        for (int x = 0; x < a; x++) {
            int i = s0 + x + 1;
            int rowLo = lo[i];
            int rowHi = hi[i];
            long sourceOr = 0L;
            for (int y = 0; y < b; y++) {
                int j = t0 + y + 1;
                if (j >= rowLo && j <= rowHi) {
                    int at = 2 * (offset[i] + j - rowLo);
                    sourceOr |= masks[at];
                    targetOr[y] |= masks[at + 1];
                }
            }
            matched += Long.bitCount(sourceOr);
        }
        for (int y = 0; y < b; y++) {
            matched += Long.bitCount(targetOr[y]);
        }
        return matched;
    }
}
