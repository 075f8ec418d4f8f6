package org.sverka.align;

/**
 * The cells (i, j) of the alignment lattice the search may visit: i source and j target sentences
 * consumed, 0 <= i <= n, lo(i) <= j <= hi(i). lo and hi never decrease, (0, 0) and (n, m) are inside,
 * so every cell is reachable from the start and reaches the end. Memory is linear in n for a fixed
 * width, which is what lets a 100,000-sentence pair align.
 */
final class Band {
    private final int n;
    private final int m;
    private final int[] lo;
    private final int[] hi;
    private final long[] offset;

    private Band(int n, int m, int[] lo, int[] hi) {
        this.n = n;
        this.m = m;
        this.lo = lo;
        this.hi = hi;
        for (int i = n - 1; i >= 0; i--) {
            lo[i] = Math.min(lo[i], lo[i + 1]);
        }
        for (int i = 1; i <= n; i++) {
            hi[i] = Math.max(hi[i], hi[i - 1]);
        }
        lo[0] = 0;
        hi[n] = m;
        for (int i = 0; i <= n; i++) {
            lo[i] = Math.max(0, Math.min(lo[i], m));
            hi[i] = Math.min(m, Math.max(hi[i], lo[i]));
        }
        offset = new long[n + 2];
        for (int i = 0; i <= n; i++) {
            offset[i + 1] = offset[i] + (hi[i] - lo[i] + 1);
        }
        if (offset[n + 1] > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("alignment band too large: " + offset[n + 1] + " cells");
        }
    }

    /** Cells within {@code width} of the straight line from (0, 0) to (n, m). */
    static Band diagonal(int n, int m, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int center = n == 0 ? 0 : (int) Math.round((double) i * m / n);
            lo[i] = center - width;
            hi[i] = center + width;
        }
        return new Band(n, m, lo, hi);
    }

    /**
     * Cells within {@code width} of the cells where both sides have consumed the same share of their
     * characters: translations keep length proportions, so the true path stays much closer to this line
     * than to the straight diagonal (Anna Karenina val: 44 sentences at most instead of 79).
     *
     * @param sourceEnds sourceEnds[i] = characters of source sentences 0..i-1 (n + 1 entries), likewise targetEnds
     */
    static Band alongLengths(long[] sourceEnds, long[] targetEnds, int width) {
        int n = sourceEnds.length - 1;
        int m = targetEnds.length - 1;
        if (sourceEnds[n] == 0 || targetEnds[m] == 0) {
            return diagonal(n, m, width);
        }
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        int j = 0;
        for (int i = 0; i <= n; i++) {
            double share = (double) sourceEnds[i] / sourceEnds[n] * targetEnds[m];
            while (j < m && targetEnds[j + 1] <= share) {
                j++;
            }
            int center = j < m && targetEnds[j + 1] - share < share - targetEnds[j] ? j + 1 : j;
            lo[i] = center - width;
            hi[i] = center + width;
        }
        return new Band(n, m, lo, hi);
    }

    /** Cells within {@code width} of a path given by its cells, in order. */
    static Band around(int n, int m, int[] pathRows, int[] pathCols, int width) {
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        java.util.Arrays.fill(lo, Integer.MAX_VALUE);
        java.util.Arrays.fill(hi, Integer.MIN_VALUE);
        for (int k = 0; k < pathRows.length; k++) {
            int fromRow = k == 0 ? pathRows[0] : pathRows[k - 1];
            int fromCol = k == 0 ? pathCols[0] : pathCols[k - 1];
            for (int i = fromRow; i <= pathRows[k]; i++) {
                lo[i] = Math.min(lo[i], fromCol - width);
                hi[i] = Math.max(hi[i], pathCols[k] + width);
            }
        }
        return new Band(n, m, lo, hi);
    }

    int rows() {
        return n;
    }

    int columns() {
        return m;
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    int maxRowWidth() {
        int max = 0;
        for (int i = 0; i <= n; i++) {
            max = Math.max(max, hi[i] - lo[i] + 1);
        }
        return max;
    }

    boolean contains(int i, int j) {
        return i >= 0 && i <= n && j >= lo[i] && j <= hi[i];
    }

    int cell(int i, int j) {
        return (int) (offset[i] + j - lo[i]);
    }

    /** Start of each row in the cell numbering (n + 2 entries), for tight loops. */
    int[] rowOffsets() {
        int[] offsets = new int[offset.length];
        for (int i = 0; i < offsets.length; i++) {
            offsets[i] = (int) offset[i];
        }
        return offsets;
    }

    int[] los() {
        return lo.clone();
    }

    int[] his() {
        return hi.clone();
    }

    int cells() {
        return (int) offset[n + 1];
    }

    /** Whether a path cell lies within {@code margin} of a band edge that is not the lattice edge. */
    boolean nearEdge(int i, int j, int margin) {
        return (lo[i] > 0 && j - lo[i] < margin) || (hi[i] < m && hi[i] - j < margin);
    }
}
