package org.sverka.export;

import java.util.Objects;

import org.sverka.model.AlignedPair;

/**
 * What every pair writer does around its format: refuse use after close, keep only the pairs the
 * options accept, count them, and close once. Subclasses write one accepted pair and finish the output.
 */
abstract class FilteringPairWriter implements PairWriter {
    private final ExportOptions options;
    private final String name;
    private long count;
    private boolean closed;

    /** {@code name} says which writer this is in errors, e.g. "TSV writer for out.tsv". */
    FilteringPairWriter(ExportOptions options, String name) {
        this.options = Objects.requireNonNull(options, "options");
        this.name = name;
    }

    @Override
    public final void write(AlignedPair pair) {
        Objects.requireNonNull(pair, "pair");
        if (closed) {
            throw new IllegalStateException(name + " is closed");
        }
        if (options.accepts(pair)) {
            writeAccepted(pair);
            count++;
        }
    }

    @Override
    public final long count() {
        return count;
    }

    /** Finishes the output and closes its streams; calling it again does nothing. */
    @Override
    public final void close() {
        if (!closed) {
            closed = true;
            finish();
        }
    }

    /** Writes one pair the options accepted. */
    abstract void writeAccepted(AlignedPair pair);

    /** Completes the format and closes the streams. */
    abstract void finish();
}
