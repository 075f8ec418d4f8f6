package org.sverka.align;

/**
 * For every sentence pair (s, t) inside the band: which of s's words have a linked word in t (a bit
 * mask over s's word positions) and which of t's words have one in s. A bead's lexical evidence is
 * then a few ORs and bit counts, whatever its shape, and no word is counted twice.
 */
final class LinkMasks {
    private final Band band;
    private final long[] sourceMasks;
    private final long[] targetMasks;

    LinkMasks(Band band, TextSide source, TextSide target, WordLinks links) {
        this.band = band;
        this.sourceMasks = new long[band.cells()];
        this.targetMasks = new long[band.cells()];
        for (int i = 1; i <= band.rows(); i++) {
            int[] sourceWords = source.words(i - 1);
            if (sourceWords.length == 0) {
                continue;
            }
            for (int j = Math.max(1, band.lo(i)); j <= band.hi(i); j++) {
                int[] targetWords = target.words(j - 1);
                long sourceMask = 0;
                long targetMask = 0;
                for (int a = 0; a < sourceWords.length; a++) {
                    int[] linked = links.targets(sourceWords[a]);
                    if (linked.length == 0) {
                        continue;
                    }
                    for (int b = 0; b < targetWords.length; b++) {
                        if (java.util.Arrays.binarySearch(linked, targetWords[b]) >= 0) {
                            sourceMask |= 1L << a;
                            targetMask |= 1L << b;
                        }
                    }
                }
                int cell = band.cell(i, j);
                sourceMasks[cell] = sourceMask;
                targetMasks[cell] = targetMask;
            }
        }
    }

    /** Linked words of source sentence s and target sentence t (0 outside the band). */
    long sourceMask(int s, int t) {
        return band.contains(s + 1, t + 1) ? sourceMasks[band.cell(s + 1, t + 1)] : 0L;
    }

    long targetMask(int s, int t) {
        return band.contains(s + 1, t + 1) ? targetMasks[band.cell(s + 1, t + 1)] : 0L;
    }

    /** Words of source s0..s0+a-1 with a link into target t0..t0+b-1, plus the converse. */
    int matchedWords(int s0, int a, int t0, int b) {
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
