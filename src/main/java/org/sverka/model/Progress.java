package org.sverka.model;

/** Receives progress of long work (import of a book, alignment). Implementations must be cheap. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (stage, done, total) -> { };

    /** {@code done} of {@code total} units of {@code stage} are finished; total may be 0 when unknown. */
    void report(String stage, long done, long total);
}
