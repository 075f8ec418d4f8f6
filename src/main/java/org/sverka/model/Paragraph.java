package org.sverka.model;

import java.util.Objects;

/** One paragraph of a document as imported: its 0-based position and its text (no line breaks). */
public record Paragraph(int index, String text) {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
    }
}
