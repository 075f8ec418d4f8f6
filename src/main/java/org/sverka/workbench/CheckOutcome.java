package org.sverka.workbench;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sverka.check.Severity;
import org.sverka.store.FindingRecord;
import org.sverka.store.TextInfo;

/**
 * What a check run found: the checks that ran, the findings that are open (not dismissed), how many of
 * its findings stay hidden because a reviewer dismissed them, and how many findings of checks that did
 * not run this time were kept from earlier runs.
 */
public record CheckOutcome(TextInfo text, int pairs, List<String> checks, List<FindingRecord> open,
                           int dismissed, int kept) {
    public CheckOutcome {
        checks = List.copyOf(checks);
        open = List.copyOf(open);
    }

    /** For each severity (every one present, most severe first), the open findings per check id, by id. */
    public Map<Severity, Map<String, Integer>> counts() {
        Map<Severity, Map<String, Integer>> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, new TreeMap<>());
        }
        open.forEach(r -> counts.get(StoredFindings.severity(r)).merge(r.checkId(), 1, Integer::sum));
        return counts;
    }
}
