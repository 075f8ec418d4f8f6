package org.sverka.model;

import java.util.Objects;

/**
 * One sentence of a document: its 0-based position in the document, the 0-based paragraph it belongs
 * to, and its text (trimmed).
 */
public record Sentence(int index, int paragraph, String text) {
    public Sentence {
        Objects.requireNonNull(text, "text");
        if (index < 0 || paragraph < 0) {
            throw new IllegalArgumentException("index and paragraph must be >= 0: " + index + ", " + paragraph);
        }
    }
}
