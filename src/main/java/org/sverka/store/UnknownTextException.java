package org.sverka.store;

/** No text has the given id (it was deleted, or the id comes from another database). */
public final class UnknownTextException extends StoreException {
    public UnknownTextException(long textId, String database) {
        super("There is no text with id " + textId + " in " + database + "; list the texts to see which exist.");
    }
}
