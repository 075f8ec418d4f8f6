package org.sverka.export;

import org.sverka.model.AlignedPair;

/**
 * Writes aligned pairs to some format, one at a time, keeping only those its {@link ExportOptions}
 * accept. Implementations stream: memory does not grow with the number of pairs. {@link #close()}
 * finishes the output (and closes the streams the writer was given); a writer cannot be reused.
 * I/O failures surface as {@link ExportException}.
 */
public interface PairWriter extends AutoCloseable {

    /** Writes {@code pair} if the options accept it; otherwise does nothing. */
    void write(AlignedPair pair);

    /** How many pairs were written so far (pairs the options rejected do not count). */
    long count();

    /** Writes every pair of {@code pairs} in order, as {@link #write} would. */
    default void writeAll(Iterable<AlignedPair> pairs) {
        for (AlignedPair pair : pairs) {
            write(pair);
        }
    }

    @Override
    void close();
}
