package org.sverka.align;

import java.util.HashSet;
import java.util.Set;

/**
 * Learns which stems translate which from beads believed correct (hunalign's "realign" idea): two stems
 * are associated when they co-occur in at least {@code minCount} beads and their Dice coefficient
 * 2c/(f_s + f_t) reaches {@code minDice}. Only the associations found within one document are used,
 * so the table needs no training data and works for any language pair.
 */
final class LexicalTable {
    private final TextSide source;
    private final TextSide target;
    private final int[] sourceFrequency;
    private final int[] targetFrequency;
    /** Marks of the stems already taken for the current bead: bead number + 1, so no clearing is needed. */
    private final int[] sourceSeen;
    private final int[] targetSeen;
    private final LongCounter together = new LongCounter();
    private int[] sourceStems = new int[64];
    private int[] targetStems = new int[64];
    private int beads;

    LexicalTable(TextSide source, TextSide target) {
        this.source = source;
        this.target = target;
        sourceFrequency = new int[source.stemCount()];
        targetFrequency = new int[target.stemCount()];
        sourceSeen = new int[source.stemCount()];
        targetSeen = new int[target.stemCount()];
    }

    /** Counts one bead: source sentences s0..s0+a-1 against target sentences t0..t0+b-1. */
    void add(int s0, int a, int t0, int b) {
        beads++;
        int sourceSize = 0;
        for (int i = s0; i < s0 + a; i++) {
            for (int w : source.words(i)) {
                int stem = source.stem(w);
                if (sourceSeen[stem] != beads) {
                    sourceSeen[stem] = beads;
                    sourceFrequency[stem]++;
                    sourceStems = grow(sourceStems, sourceSize);
                    sourceStems[sourceSize++] = stem;
                }
            }
        }
        int targetSize = 0;
        for (int j = t0; j < t0 + b; j++) {
            for (int w : target.words(j)) {
                int stem = target.stem(w);
                if (targetSeen[stem] != beads) {
                    targetSeen[stem] = beads;
                    targetFrequency[stem]++;
                    targetStems = grow(targetStems, targetSize);
                    targetStems[targetSize++] = stem;
                }
            }
        }
        for (int x = 0; x < sourceSize; x++) {
            for (int y = 0; y < targetSize; y++) {
                together.increment(WordLinks.key(sourceStems[x], targetStems[y]));
            }
        }
    }

    /**
     * Stem pairs together in at least {@code minCount} beads, with a Dice coefficient of at least
     * {@code minDice}, and whose co-occurrence would happen by chance with probability at most
     * {@code maxChance} (hypergeometric tail, stems placed independently among the beads). The last test
     * matters in short documents: in ten beads, every pair of stems that both occur in the same two beads
     * has Dice 1, yet such a coincidence has a chance of 1 in 45.
     */
    Set<Long> associations(int minCount, double minDice, double maxChance) {
        Set<Long> pairs = new HashSet<>();
        double[] logFactorials = logFactorials(beads);
        double logMaxChance = Math.log(maxChance);
        together.forEachKey(key -> {
            int count = together.get(key);
            if (count >= minCount) {
                int fs = sourceFrequency[WordLinks.sourceStemOf(key)];
                int ft = targetFrequency[WordLinks.targetStemOf(key)];
                if (2.0 * count / (fs + ft) >= minDice
                        && logTailProbability(count, fs, ft, beads, logFactorials) <= logMaxChance) {
                    pairs.add(key);
                }
            }
        });
        return pairs;
    }

    /** log P(X >= count) for X hypergeometric: ft draws from total beads of which fs hold the source stem. */
    static double logTailProbability(int count, int fs, int ft, int total, double[] logFactorials) {
        double logSum = Double.NEGATIVE_INFINITY;
        for (int k = count; k <= Math.min(fs, ft); k++) {
            double logP = logChoose(fs, k, logFactorials) + logChoose(total - fs, ft - k, logFactorials)
                    - logChoose(total, ft, logFactorials);
            double high = Math.max(logSum, logP);
            logSum = high + Math.log(Math.exp(logSum - high) + Math.exp(logP - high));
            if (logP < logSum - 30) {
                break;
            }
        }
        return logSum;
    }

    private static double logChoose(int n, int k, double[] logFactorials) {
        return k < 0 || k > n ? Double.NEGATIVE_INFINITY : logFactorials[n] - logFactorials[k] - logFactorials[n - k];
    }

    static double[] logFactorials(int max) {
        double[] values = new double[max + 1];
        for (int k = 1; k <= max; k++) {
            values[k] = values[k - 1] + Math.log(k);
        }
        return values;
    }

    private static int[] grow(int[] values, int size) {
        return size < values.length ? values : java.util.Arrays.copyOf(values, 2 * values.length);
    }
}
