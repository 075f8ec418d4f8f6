package org.sverka;

/**
 * The one unchecked root of sverka's errors. Its message is meant for the user: it says what went
 * wrong, where, and what to do. Subtypes are thrown at the boundaries (import, TMX reading, store).
 */
public class SverkaException extends RuntimeException {
    public SverkaException(String message) {
        super(message);
    }

    public SverkaException(String message, Throwable cause) {
        super(message, cause);
    }
}
