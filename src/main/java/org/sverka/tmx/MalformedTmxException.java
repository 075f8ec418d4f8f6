package org.sverka.tmx;

import org.sverka.SverkaException;

/**
 * A TMX file sverka cannot read: not well-formed XML, not TMX at all, or (in strict mode) a TMX file with
 * an oddity. The message names the file, the line and column, and what to do.
 */
public final class MalformedTmxException extends SverkaException {

    private final int line;
    private final int column;

    public MalformedTmxException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public MalformedTmxException(String message, int line, int column, Throwable cause) {
        super(message, cause);
        this.line = line;
        this.column = column;
    }

    /** 1-based line of the problem; -1 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column of the problem; -1 when unknown. */
    public int column() {
        return column;
    }
}
