package org.sverka.importer;

import java.util.List;

/**
 * The paragraphs read from a file, the charset its bytes were decoded with ("" for binary formats), and notes on
 * what the reader changed in the layout (see {@link ImportedDocument#notes()}).
 */
record ExtractedText(List<String> paragraphs, String encoding, List<String> notes) {
    ExtractedText {
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }

    ExtractedText(List<String> paragraphs, String encoding) {
        this(paragraphs, encoding, List.of());
    }
}
