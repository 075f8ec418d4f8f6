package org.sverka.review;

import org.sverka.SverkaException;

/**
 * A review edit that cannot be made as asked: a pair number out of range, a split that leaves an
 * empty pair, a detach that would break the sentence order. The message tells the reviewer what to do.
 */
public final class ReviewRefusedException extends SverkaException {
    public ReviewRefusedException(String message) {
        super(message);
    }

    public ReviewRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
