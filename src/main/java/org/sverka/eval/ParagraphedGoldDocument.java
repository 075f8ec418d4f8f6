package org.sverka.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.sverka.model.Sentence;

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

    /** A document without paragraph marks: every sentence in paragraph 0. */
    public static ParagraphedGoldDocument unmarked(GoldDocument document) {
        return new ParagraphedGoldDocument(document, Collections.nCopies(document.source().size(), 0),
                Collections.nCopies(document.target().size(), 0));
    }

    /** The same document with other target paragraph labels. */
    public ParagraphedGoldDocument withTargetParagraphs(List<Integer> labels) {
        return new ParagraphedGoldDocument(document, sourceParagraphs, labels);
    }

    /** The gold source sentences, numbered from 0, each in its paragraph. */
    public List<Sentence> sourceSentences() {
        return sentences(document.source(), sourceParagraphs);
    }

    /** The gold target sentences, numbered from 0, each in its paragraph. */
    public List<Sentence> targetSentences() {
        return sentences(document.target(), targetParagraphs);
    }

    private static List<Sentence> sentences(List<String> lines, List<Integer> paragraphs) {
        List<Sentence> sentences = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            sentences.add(new Sentence(i, paragraphs.get(i), lines.get(i).strip()));
        }
        return sentences;
    }

    public RejoinedText rejoinedSource() {
        return RejoinedText.of(document.source(), sourceParagraphs);
    }

    public RejoinedText rejoinedTarget() {
        return RejoinedText.of(document.target(), targetParagraphs);
    }
}
