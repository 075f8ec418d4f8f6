package org.sverka.eval;

import java.util.List;
import java.util.Objects;

/**
 * A gold document with the paragraph label of every gold sentence on each side, so that it can be joined
 * back into the running text a user would import (see {@link RejoinedText}).
 */
public record ParagraphedGoldDocument(GoldDocument document, List<Integer> sourceParagraphs,
                                      List<Integer> targetParagraphs) {

    public ParagraphedGoldDocument {
        Objects.requireNonNull(document, "document");
        sourceParagraphs = List.copyOf(sourceParagraphs);
        targetParagraphs = List.copyOf(targetParagraphs);
        if (sourceParagraphs.size() != document.source().size()
                || targetParagraphs.size() != document.target().size()) {
            throw new IllegalArgumentException("one paragraph label per gold sentence needed in " + document.name()
                    + ": " + sourceParagraphs.size() + "/" + document.source().size() + " source, "
                    + targetParagraphs.size() + "/" + document.target().size() + " target");
        }
    }

    /** A document whose sentences are grouped by a {@link LineParagraphing} rule on both sides. */
    public static ParagraphedGoldDocument of(GoldDocument document, LineParagraphing paragraphing) {
        return new ParagraphedGoldDocument(document, paragraphing.labels(document.source()),
                paragraphing.labels(document.target()));
    }

    public RejoinedText rejoinedSource() {
        return RejoinedText.of(document.source(), sourceParagraphs);
    }

    public RejoinedText rejoinedTarget() {
        return RejoinedText.of(document.target(), targetParagraphs);
    }
}
