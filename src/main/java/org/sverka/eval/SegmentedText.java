package org.sverka.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;
import org.sverka.segment.SentenceSegmenter;
import org.sverka.segment.SentenceSpan;

/**
 * One side of a rejoined gold document as sverka's segmenter splits it: the sentences to align (numbered
 * from 0, each with its paragraph), and how they map onto the gold sentences.
 */
public record SegmentedText(List<Sentence> sentences, SentenceProjection projection, int goldCount, int exactCount) {

    public SegmentedText {
        sentences = List.copyOf(sentences);
    }

    /** Splits each paragraph of the text on its own, as the import pipeline does. */
    public static SegmentedText of(RejoinedText text, SentenceSegmenter segmenter) {
        List<Sentence> sentences = new ArrayList<>();
        List<ParagraphSpan> spans = new ArrayList<>();
        for (Paragraph paragraph : text.paragraphs()) {
            for (SentenceSpan span : segmenter.spans(paragraph.text())) {
                sentences.add(new Sentence(sentences.size(), paragraph.index(), span.of(paragraph.text())));
                spans.add(new ParagraphSpan(paragraph.index(), span.start(), span.end()));
            }
        }
        Set<ParagraphSpan> gold = new HashSet<>(text.goldSpans());
        int exact = (int) spans.stream().filter(gold::contains).count();
        return new SegmentedText(sentences, SentenceProjection.between(text.goldSpans(), spans),
                text.goldSpans().size(), exact);
    }
}
