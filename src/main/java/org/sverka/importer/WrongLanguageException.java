package org.sverka.importer;

import org.sverka.SverkaException;

/** A document whose letters do not fit the language it was imported as. */
public class WrongLanguageException extends SverkaException {
    public WrongLanguageException(String message) {
        super(message);
    }
}
