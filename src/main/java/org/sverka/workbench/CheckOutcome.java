package org.sverka.workbench;

import java.util.List;

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
}
