package org.sverka.workbench;

import java.util.Objects;

import org.sverka.check.Severity;
import org.sverka.store.FindingRecord;

/**
 * A stored finding as a reviewer sees it: its number (stable until the checks run again, whatever the
 * filter), the texts of its pair, whether it is dismissed, and whether the pair still reads as it did when
 * the check ran (false after a re-alignment or an edit: run the checks again).
 */
public record ListedFinding(int number, FindingRecord record, String sourceText, String targetText,
                            boolean dismissed, boolean current) {
    public ListedFinding {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(sourceText, "sourceText");
        Objects.requireNonNull(targetText, "targetText");
    }

    public Severity severity() {
        return StoredFindings.severity(record);
    }
}
