package org.sverka.importer;

import java.util.List;

/** The paragraphs read from a file, and the charset its bytes were decoded with ("" for binary formats). */
record ExtractedText(List<String> paragraphs, String encoding) {
    ExtractedText {
        paragraphs = List.copyOf(paragraphs);
    }
}
