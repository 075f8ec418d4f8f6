package org.sverka.store;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

/**
 * One imported document as the store keeps it: where it came from (file name, size in bytes, SHA-256
 * of the bytes as 64 hex digits, detected format and encoding, language) and its content. Paragraphs
 * and sentences must be numbered 0, 1, 2... in list order.
 */
public record DocumentRecord(String fileName, long size, String sha256, String format, String encoding,
                             Locale language, List<Paragraph> paragraphs, List<Sentence> sentences) {

    public DocumentRecord {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(language, "language");
        if (size < 0) {
            throw new IllegalArgumentException("size must be >= 0: " + size);
        }
        if (!sha256.matches("[0-9a-fA-F]{64}")) {
            throw new IllegalArgumentException("sha256 must be 64 hex digits: " + sha256);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        paragraphs = List.copyOf(paragraphs);
        sentences = List.copyOf(sentences);
        for (int i = 0; i < paragraphs.size(); i++) {
            if (paragraphs.get(i).index() != i) {
                throw new IllegalArgumentException("paragraph at position " + i + " has index "
                        + paragraphs.get(i).index() + " in " + fileName);
            }
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException("sentence at position " + i + " has index "
                        + sentences.get(i).index() + " in " + fileName);
            }
        }
    }
}
