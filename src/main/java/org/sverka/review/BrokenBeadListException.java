package org.sverka.review;

import org.sverka.SverkaException;

/**
 * A bead list that does not cover both texts exactly once, in order: a gap, an overlap, a pair out of
 * order, or sentences left over at the end. It means stored or computed data is wrong, not a user's edit.
 */
public final class BrokenBeadListException extends SverkaException {
    public BrokenBeadListException(String message) {
        super(message);
    }
}
