package org.sverka.export;

import org.sverka.SverkaException;

/** An export could not be written (disk full, no permission, closed stream, more pairs than the format holds...). */
public final class ExportException extends SverkaException {
    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
