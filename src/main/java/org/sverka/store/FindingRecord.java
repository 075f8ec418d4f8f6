package org.sverka.store;

import java.util.List;
import java.util.Objects;

/**
 * A finding of a check as the store keeps it: the pair it is about (1-based number), the check's stable
 * id, a severity name (e.g. "ERROR"), the message, the offending character ranges in the pair's source
 * and target text, and the signature that keys dismissals.
 */
public record FindingRecord(int pairNumber, String checkId, String severity, String message,
                            List<Range> sourceSpans, List<Range> targetSpans, String signature) {

    /** A half-open range [start, end) of char offsets in a pair's text. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad range [" + start + ", " + end + ")");
            }
        }
    }

    public FindingRecord {
        Objects.requireNonNull(checkId, "checkId");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(signature, "signature");
        if (pairNumber < 1) {
            throw new IllegalArgumentException("pairNumber must be >= 1: " + pairNumber);
        }
        if (checkId.isBlank() || severity.isBlank() || signature.isBlank()) {
            throw new IllegalArgumentException("checkId, severity and signature must not be blank");
        }
        sourceSpans = List.copyOf(sourceSpans);
        targetSpans = List.copyOf(targetSpans);
    }
}
