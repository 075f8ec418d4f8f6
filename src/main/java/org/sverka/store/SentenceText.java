package org.sverka.store;

import java.util.Objects;

/** Replaces the text of sentence {@code index} (0-based) on {@code side}, which must read {@code before}. */
public record SentenceText(Side side, int index, String before, String after) implements EditEffect {
    public SentenceText {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0: " + index);
        }
    }
}
