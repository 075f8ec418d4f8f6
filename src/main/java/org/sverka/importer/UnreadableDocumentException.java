package org.sverka.importer;

import org.sverka.SverkaException;

/**
 * A file that sverka cannot import: missing, a directory, empty, too big, not a document format it reads,
 * damaged, password-protected, or a decompression bomb. The message names the file and says what to do.
 */
public class UnreadableDocumentException extends SverkaException {
    public UnreadableDocumentException(String message) {
        super(message);
    }

    public UnreadableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
