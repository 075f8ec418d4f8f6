package org.sverka.check;

import org.sverka.SverkaException;

/** A check id that the registry does not know. */
public final class UnknownCheckException extends SverkaException {
    public UnknownCheckException(String message) {
        super(message);
    }
}
