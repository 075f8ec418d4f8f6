package org.sverka.check;

import org.sverka.SverkaException;

/** A glossary file that cannot be read as a two-column term list. */
public final class GlossaryFormatException extends SverkaException {
    public GlossaryFormatException(String message) {
        super(message);
    }

    public GlossaryFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
