package org.sverka.workbench;

import java.util.Objects;

/**
 * What an edit, undo or redo did: its description, and the pairs it touched (1-based, inclusive) so that
 * the shell can show them; {@code changed} is false when the text already was as asked.
 */
public record EditOutcome(String description, int firstPair, int lastPair, boolean changed) {
    public EditOutcome {
        Objects.requireNonNull(description, "description");
        if (firstPair < 1 || lastPair < firstPair) {
            throw new IllegalArgumentException("bad pair range " + firstPair + "-" + lastPair);
        }
    }
}
