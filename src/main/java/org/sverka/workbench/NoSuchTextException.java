package org.sverka.workbench;

import java.util.List;

import org.sverka.SverkaException;

/** A command named a text that is not in the database. */
public final class NoSuchTextException extends SverkaException {
    public NoSuchTextException(String name, List<String> known) {
        super("No text named '" + name + "'. " + (known.isEmpty()
                ? "The database has no texts yet: import one with 'import --source FILE --target FILE'."
                : "Texts: " + String.join(", ", known.subList(0, Math.min(known.size(), 20)))
                        + (known.size() > 20 ? ", ..." : "") + "."));
    }
}
