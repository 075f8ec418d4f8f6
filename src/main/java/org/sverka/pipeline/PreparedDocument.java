package org.sverka.pipeline;

import java.util.List;
import java.util.Objects;

import org.sverka.importer.ImportedDocument;
import org.sverka.model.Sentence;

/** A document read from its file and split into sentences, ready to align or store. */
public record PreparedDocument(ImportedDocument document, List<Sentence> sentences) {
    public PreparedDocument {
        Objects.requireNonNull(document, "document");
        sentences = List.copyOf(sentences);
    }
}
