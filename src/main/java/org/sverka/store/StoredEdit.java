package org.sverka.store;

import java.util.Objects;

/** One row of a text's edit history: its place in the order of edits, its stored line, whether it is undone. */
public record StoredEdit(int position, String change, boolean undone) {
    public StoredEdit {
        Objects.requireNonNull(change, "change");
    }
}
