package org.sverka.align;

import java.util.Arrays;

/**
 * Dynamic programming over the banded lattice. Scores live in a ring of the last few rows; only one
 * back-pointer byte per cell is kept, so memory is linear in the band. {@link #bestPath} is Viterbi;
 * {@link #posteriors} runs forward-backward (log-sum-exp) and returns, for each bead of a path, the
 * probability that the lattice puts on exactly that bead.
 */
final class BeadSearch {
    private static final double NO_PATH = Double.POSITIVE_INFINITY;
    private static final double NEGLIGIBLE = 20;

    private BeadSearch() {
    }

    /** A monotone path of cells from (0, 0) to (n, m); bead k goes from cell k to cell k + 1 with shape k. */
    record Path(int[] rows, int[] cols, int[] shapes) {
        int beads() {
            return shapes.length;
        }
    }

    static Path bestPath(Band band, BeadCost cost) {
        int n = band.rows();
        int ring = maxSourceCount(cost) + 1;
        double[][] rows = new double[ring][band.maxRowWidth()];
        byte[] back = new byte[band.cells()];
        for (int i = 0; i <= n; i++) {
            double[] row = rows[i % ring];
            int lo = band.lo(i);
            for (int j = lo; j <= band.hi(i); j++) {
                double best = i == 0 && j == 0 ? 0 : NO_PATH;
                int arg = -1;
                for (int s = 0; s < cost.shapes(); s++) {
                    int pi = i - cost.sourceCount(s);
                    int pj = j - cost.targetCount(s);
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double previous = rows[pi % ring][pj - band.lo(pi)];
                    if (previous == NO_PATH) {
                        continue;
                    }
                    double total = previous + cost.costBelow(s, pi, pj, best - previous);
                    if (total < best) {
                        best = total;
                        arg = s;
                    }
                }
                row[j - lo] = best;
                back[band.cell(i, j)] = (byte) arg;
            }
        }
        return trace(band, cost, back);
    }

    private static Path trace(Band band, BeadCost cost, byte[] back) {
        int i = band.rows();
        int j = band.columns();
        int[] rows = new int[i + j + 1];
        int[] cols = new int[i + j + 1];
        int[] shapes = new int[i + j];
        int k = 0;
        rows[0] = i;
        cols[0] = j;
        while (i > 0 || j > 0) {
            int s = back[band.cell(i, j)];
            if (s < 0) {
                throw new IllegalStateException("no path through the band at " + i + ", " + j);
            }
            shapes[k] = s;
            i -= cost.sourceCount(s);
            j -= cost.targetCount(s);
            k++;
            rows[k] = i;
            cols[k] = j;
        }
        int[] r = reverse(Arrays.copyOf(rows, k + 1));
        int[] c = reverse(Arrays.copyOf(cols, k + 1));
        return new Path(r, c, reverse(Arrays.copyOf(shapes, k)));
    }

    /** Posterior probability of each bead of the path, with costs divided by {@code temperature}. */
    static double[] posteriors(Band band, BeadCost cost, Path path, double temperature) {
        double[] forward = forwardAtPath(band, cost, path, temperature);
        double[] backward = backwardAtPath(band, cost, path, temperature);
        double logZ = forward[forward.length - 1];
        double[] posterior = new double[path.beads()];
        for (int k = 0; k < posterior.length; k++) {
            double logP = forward[k] - cost.cost(path.shapes()[k], path.rows()[k], path.cols()[k]) / temperature
                    + backward[k + 1] - logZ;
            posterior[k] = Math.min(1.0, Math.max(0.0, Math.exp(logP)));
        }
        return posterior;
    }

    private static double[] forwardAtPath(Band band, BeadCost cost, Path path, double temperature) {
        int n = band.rows();
        int ring = maxSourceCount(cost) + 1;
        double[][] rows = new double[ring][band.maxRowWidth()];
        double[] atPath = new double[path.rows().length];
        int next = 0;
        for (int i = 0; i <= n; i++) {
            double[] row = rows[i % ring];
            int lo = band.lo(i);
            for (int j = lo; j <= band.hi(i); j++) {
                double sum = i == 0 && j == 0 ? 0 : Double.NEGATIVE_INFINITY;
                for (int s = 0; s < cost.shapes(); s++) {
                    int pi = i - cost.sourceCount(s);
                    int pj = j - cost.targetCount(s);
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double previous = rows[pi % ring][pj - band.lo(pi)];
                    if (previous != Double.NEGATIVE_INFINITY) {
                        sum = logAdd(sum, previous - cost.costBelow(s, pi, pj, negligibleCost(previous, sum, temperature))
                                / temperature);
                    }
                }
                row[j - lo] = sum;
                if (next < atPath.length && path.rows()[next] == i && path.cols()[next] == j) {
                    atPath[next++] = sum;
                }
            }
        }
        return atPath;
    }

    private static double[] backwardAtPath(Band band, BeadCost cost, Path path, double temperature) {
        int n = band.rows();
        int ring = maxSourceCount(cost) + 1;
        double[][] rows = new double[ring][band.maxRowWidth()];
        double[] atPath = new double[path.rows().length];
        int next = atPath.length - 1;
        for (int i = n; i >= 0; i--) {
            double[] row = rows[i % ring];
            int lo = band.lo(i);
            for (int j = band.hi(i); j >= lo; j--) {
                double sum = i == n && j == band.columns() ? 0 : Double.NEGATIVE_INFINITY;
                for (int s = 0; s < cost.shapes(); s++) {
                    int ni = i + cost.sourceCount(s);
                    int nj = j + cost.targetCount(s);
                    if (!band.contains(ni, nj)) {
                        continue;
                    }
                    double following = rows[ni % ring][nj - band.lo(ni)];
                    if (following != Double.NEGATIVE_INFINITY) {
                        sum = logAdd(sum, following - cost.costBelow(s, i, j, negligibleCost(following, sum, temperature))
                                / temperature);
                    }
                }
                row[j - lo] = sum;
                if (next >= 0 && path.rows()[next] == i && path.cols()[next] == j) {
                    atPath[next--] = sum;
                }
            }
        }
        return atPath;
    }

    /**
     * The bead cost from which a term {@code score - cost / temperature} adds less than e^-36 (below
     * double precision) to {@code sum}: such beads are skipped without reading their masks.
     */
    private static double negligibleCost(double score, double sum, double temperature) {
        return sum == Double.NEGATIVE_INFINITY ? Double.POSITIVE_INFINITY : (score - sum + NEGLIGIBLE) * temperature;
    }

    private static double logAdd(double a, double b) {
        if (a == Double.NEGATIVE_INFINITY) {
            return b;
        }
        if (b == Double.NEGATIVE_INFINITY) {
            return a;
        }
        return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
    }

    private static int maxSourceCount(BeadCost cost) {
        int max = 0;
        for (int s = 0; s < cost.shapes(); s++) {
            max = Math.max(max, cost.sourceCount(s));
        }
        return max;
    }

    private static int[] reverse(int[] values) {
        for (int a = 0, b = values.length - 1; a < b; a++, b--) {
            int t = values[a];
            values[a] = values[b];
            values[b] = t;
        }
        return values;
    }
}
