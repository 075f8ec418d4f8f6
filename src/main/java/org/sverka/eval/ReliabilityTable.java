package org.sverka.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calibration of bead confidences: beads binned by confidence, each bin's mean confidence against the
 * share of its beads that are strict-correct, and the expected calibration error (bin-size weighted mean
 * of |accuracy - confidence|).
 */
public record ReliabilityTable(List<Bin> bins, double expectedCalibrationError, int beads) {

    public record Bin(double from, double to, int beads, double meanConfidence, double accuracy) {
    }

    public ReliabilityTable {
        bins = List.copyOf(bins);
    }

    /** Ten equal-width bins over [0, 1]; the last bin includes 1.0. */
    public static ReliabilityTable of(double[] confidences, boolean[] correct) {
        if (confidences.length != correct.length) {
            throw new IllegalArgumentException("one correctness flag per confidence needed");
        }
        int binCount = 10;
        int[] count = new int[binCount];
        double[] confidenceSum = new double[binCount];
        int[] right = new int[binCount];
        for (int k = 0; k < confidences.length; k++) {
            int bin = Math.min(binCount - 1, (int) (confidences[k] * binCount));
            count[bin]++;
            confidenceSum[bin] += confidences[k];
            right[bin] += correct[k] ? 1 : 0;
        }
        List<Bin> bins = new ArrayList<>();
        double ece = 0;
        for (int b = 0; b < binCount; b++) {
            double mean = count[b] == 0 ? 0 : confidenceSum[b] / count[b];
            double accuracy = count[b] == 0 ? 0 : (double) right[b] / count[b];
            bins.add(new Bin((double) b / binCount, (double) (b + 1) / binCount, count[b], mean, accuracy));
            ece += confidences.length == 0 ? 0 : (double) count[b] / confidences.length * Math.abs(accuracy - mean);
        }
        return new ReliabilityTable(bins, ece, confidences.length);
    }

    public String format() {
        StringBuilder out = new StringBuilder("confidence   beads  mean conf  accuracy\n");
        for (Bin bin : bins) {
            out.append(String.format(Locale.ROOT, "%.1f-%.1f   %6d     %.3f     %.3f%n",
                    bin.from(), bin.to(), bin.beads(), bin.meanConfidence(), bin.accuracy()));
        }
        out.append(String.format(Locale.ROOT, "ECE %.4f over %d beads%n", expectedCalibrationError, beads));
        return out.toString();
    }
}
