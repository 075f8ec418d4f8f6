package org.sverka.importer;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sverka.model.Paragraph;

/**
 * One document as imported.
 *
 * @param fileName   the file's name, without its folder
 * @param size       the file's size in bytes
 * @param sha256     SHA-256 of the file's bytes, lower-case hex
 * @param format     the MIME type Tika detected, without parameters, e.g. {@code text/html}
 * @param encoding   the charset the text was decoded with for text formats (TXT, HTML), else ""
 * @param language   the language the document was checked against
 * @param paragraphs the non-empty paragraphs, whitespace normalised, numbered from 0
 * @param notes      what the reader changed in the layout that a user should know of (a PDF's running heads
 *                   dropped, words rejoined), one sentence each; empty for most documents
 */
public record ImportedDocument(String fileName, long size, String sha256, String format, String encoding,
                               Locale language, List<Paragraph> paragraphs, List<String> notes) {
    public ImportedDocument {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        notes = List.copyOf(notes);
    }
}
