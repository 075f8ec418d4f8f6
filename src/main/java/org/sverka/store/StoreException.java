package org.sverka.store;

import org.sverka.SverkaException;

/**
 * The store could not do what was asked: the message says what was being done, on which database
 * file, and why; the SQL or Flyway exception, when there is one, is kept as the cause.
 */
public class StoreException extends SverkaException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
