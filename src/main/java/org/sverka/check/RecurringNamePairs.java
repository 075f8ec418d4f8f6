package org.sverka.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How many pairs of the text leave the same two names unmatched together. A text that keeps
 * pairing Daley with Дейли transcribes one name its own way; a swapped name shows up once.
 */
final class RecurringNamePairs {
    private final Map<String, Integer> counts;
    private final TextWords stems;

    private RecurringNamePairs(Map<String, Integer> counts, TextWords stems) {
        this.counts = counts;
        this.stems = stems;
    }

    static RecurringNamePairs count(List<LostNames> lost, TextWords stems) {
        Map<String, Integer> counts = new HashMap<>();
        for (LostNames names : lost) {
            Set<String> seen = new HashSet<>();
            for (NameExtractor.Word s : names.source()) {
                for (NameExtractor.Word t : names.target()) {
                    seen.add(together(s, t, stems));
                }
            }
            seen.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return new RecurringNamePairs(counts, stems);
    }

    /** Whether more than one pair of the text leaves these two names unmatched together. */
    boolean recurs(NameExtractor.Word source, NameExtractor.Word target) {
        return counts.getOrDefault(together(source, target, stems), 0) > 1;
    }

    private static String together(NameExtractor.Word source, NameExtractor.Word target, TextWords stems) {
        return source.text().toLowerCase(Locale.ROOT) + "\u0000" + stems.target(target.text());
    }
}
