package org.sverka.store;

/**
 * What one edit (or its undo or redo) changes in a text, with what it expects to find there; the
 * {@link EditHistoryRepository} refuses the write when the text no longer holds {@code before}.
 */
public sealed interface EditEffect permits BeadSlice, SentenceText {
}
