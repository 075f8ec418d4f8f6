package org.sverka.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Figures of one text's alignment: sentences per side, number of pairs, how many pairs of each type
 * ("1-1", "2-1"...; ordered by source then target count), the mean confidence (0 when there are no
 * pairs) and how many pairs a person confirmed.
 */
public record AlignmentStats(int sourceSentences, int targetSentences, int pairs, Map<String, Integer> pairTypes,
                             double meanConfidence, int confirmed) {
    public AlignmentStats {
        pairTypes = Collections.unmodifiableMap(new LinkedHashMap<>(pairTypes));
    }
}
