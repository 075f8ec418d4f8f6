package org.sverka.workbench;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.sverka.check.Finding;
import org.sverka.check.Severity;
import org.sverka.check.Span;
import org.sverka.store.FindingRecord;

/** Converts findings between the check package's form and the store's, which keeps no pair texts. */
final class StoredFindings {
    /** Most severe first, then by pair; the order in which findings are numbered and listed. */
    static final Comparator<FindingRecord> BY_SEVERITY = Comparator
            .comparingInt((FindingRecord r) -> rank(r.severity()))
            .thenComparingInt(FindingRecord::pairNumber);

    private StoredFindings() {
    }

    static FindingRecord record(Finding finding) {
        return new FindingRecord(finding.pairNumber(), finding.checkId(), finding.severity().name(), finding.message(),
                finding.sourceSpans().stream().map(s -> new FindingRecord.Range(s.start(), s.end())).toList(),
                finding.targetSpans().stream().map(s -> new FindingRecord.Range(s.start(), s.end())).toList(),
                finding.signature());
    }

    /** The finding again, given the texts its pair has now. */
    static Finding finding(FindingRecord record, String sourceText, String targetText) {
        return new Finding(record.checkId(), severity(record), record.pairNumber(), record.message(),
                spans(record.sourceSpans()), spans(record.targetSpans()), sourceText, targetText);
    }

    /** True when the pair still has the texts the check saw: the signature covers them. */
    static boolean matches(FindingRecord record, String sourceText, String targetText) {
        return finding(record, sourceText, targetText).signature().equals(record.signature());
    }

    static Severity severity(FindingRecord record) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equals(record.severity())).findFirst()
                .orElse(Severity.INFO);
    }

    private static int rank(String severity) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equals(severity))
                .mapToInt(Severity::ordinal).findFirst().orElse(Severity.values().length);
    }

    private static List<Span> spans(List<FindingRecord.Range> ranges) {
        return ranges.stream().map(r -> new Span(r.start(), r.end())).toList();
    }
}
