package org.sverka.review;

import org.sverka.SverkaException;

/** A stored edit line that is not in the format {@link BeadChange#encode()} writes. */
public final class UnreadableChangeException extends SverkaException {
    public UnreadableChangeException(String message) {
        super(message);
    }

    public UnreadableChangeException(String message, Throwable cause) {
        super(message, cause);
    }
}
