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
    private final long[] sourceMasks;
    private final long[] targetMasks;
    private final int[] sourceSizes;
    private final int[] targetSizes;
    private final double chanceRate;

    LinkMasks(Band band, TextSide source, TextSide target, WordLinks links) {
        this.lo = band.los();
        this.hi = band.his();
        this.offset = band.rowOffsets();
        this.sourceMasks = new long[band.cells()];
        this.targetMasks = new long[band.cells()];
        this.sourceSizes = sizes(source);
        this.targetSizes = sizes(target);
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
                int cell = band.cell(i, j);
                sourceMasks[cell] = sourceMask;
                targetMasks[cell] = targetMask;
            }
            for (int j = Math.max(1, band.lo(i)); j <= band.hi(i); j++) {
                pairTotal += 2.0 * sourceSizes[i - 1] * targetSizes[j - 1];
            }
            for (int sourceWord : sourceWords) {
                for (int v : links.targets(sourceWord)) {
                    bitsByTarget[v] = 0;
                }
            }
        }
        chanceRate = pairTotal == 0 ? 0 : matchedTotal / pairTotal;
    }

    private static int[] sizes(TextSide side) {
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
        int sourceWords = 0;
        int targetWords = 0;
        for (int s = s0; s < s0 + a; s++) {
            sourceWords += sourceSizes[s];
        }
        for (int t = t0; t < t0 + b; t++) {
            targetWords += targetSizes[t];
        }
        return chanceRate * 2.0 * sourceWords * targetWords;
    }

    double chanceRate() {
        return chanceRate;
    }

    /** Linked words of source sentence s and target sentence t (0 outside the band). */
    long sourceMask(int s, int t) {
        int i = s + 1;
        int j = t + 1;
        return j < lo[i] || j > hi[i] ? 0L : sourceMasks[offset[i] + j - lo[i]];
    }

    long targetMask(int s, int t) {
        int i = s + 1;
        int j = t + 1;
        return j < lo[i] || j > hi[i] ? 0L : targetMasks[offset[i] + j - lo[i]];
    }

    /** Words of source s0..s0+a-1 with a link into target t0..t0+b-1, plus the converse. */
    int matchedWords(int s0, int a, int t0, int b) {
        if (a == 1 && b == 1) {
            return Long.bitCount(sourceMask(s0, t0)) + Long.bitCount(targetMask(s0, t0));
        }
        int matched = 0;
        for (int s = s0; s < s0 + a; s++) {
            long mask = 0;
            for (int t = t0; t < t0 + b; t++) {
                mask |= sourceMask(s, t);
            }
            matched += Long.bitCount(mask);
        }
        for (int t = t0; t < t0 + b; t++) {
            long mask = 0;
            for (int s = s0; s < s0 + a; s++) {
                mask |= targetMask(s, t);
            }
            matched += Long.bitCount(mask);
        }
        return matched;
    }
}
