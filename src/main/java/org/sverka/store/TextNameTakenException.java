package org.sverka.store;

/** A text with the requested name already exists; the user should pick another name or delete it. */
public final class TextNameTakenException extends StoreException {
    private final String name;

    public TextNameTakenException(String name, String database) {
        super(message(name, database));
        this.name = name;
    }

    public TextNameTakenException(String name, String database, Throwable cause) {
        super(message(name, database), cause);
        this.name = name;
    }

    public String name() {
        return name;
    }

    private static String message(String name, String database) {
        return "A text named '" + name + "' already exists in " + database
                + "; choose another name or delete the old text first.";
    }
}
