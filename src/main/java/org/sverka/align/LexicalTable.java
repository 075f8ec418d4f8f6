package org.sverka.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Learns which stems translate which from beads believed correct (hunalign's "realign" idea): two stems
 * are associated when they co-occur in at least {@code minCount} beads and their Dice coefficient
 * 2c/(f_s + f_t) reaches {@code minDice}. Only the associations found within one document are used,
 * so the table needs no training data and works for any language pair.
 */
final class LexicalTable {
    private final Map<Integer, Integer> sourceFrequency = new HashMap<>();
    private final Map<Integer, Integer> targetFrequency = new HashMap<>();
    private final LongCounter together = new LongCounter();

    /** Counts one bead: source sentences s0..s0+a-1 against target sentences t0..t0+b-1. */
    void add(TextSide source, int s0, int a, TextSide target, int t0, int b) {
        Set<Integer> sourceStems = stems(source, s0, a);
        Set<Integer> targetStems = stems(target, t0, b);
        sourceStems.forEach(s -> sourceFrequency.merge(s, 1, Integer::sum));
        targetStems.forEach(t -> targetFrequency.merge(t, 1, Integer::sum));
        for (int s : sourceStems) {
            for (int t : targetStems) {
                together.increment(WordLinks.key(s, t));
            }
        }
    }

    Set<Long> associations(int minCount, double minDice) {
        Set<Long> pairs = new HashSet<>();
        together.forEachKey(key -> {
            int count = together.get(key);
            if (count >= minCount) {
                int fs = sourceFrequency.get(WordLinks.sourceStemOf(key));
                int ft = targetFrequency.get(WordLinks.targetStemOf(key));
                if (2.0 * count / (fs + ft) >= minDice) {
                    pairs.add(key);
                }
            }
        });
        return pairs;
    }

    private static Set<Integer> stems(TextSide side, int start, int count) {
        Set<Integer> stems = new HashSet<>();
        for (int i = start; i < start + count; i++) {
            for (int w : side.words(i)) {
                stems.add(side.stem(w));
            }
        }
        return stems;
    }
}
