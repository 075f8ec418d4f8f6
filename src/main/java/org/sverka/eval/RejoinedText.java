package org.sverka.eval;

import java.util.ArrayList;
import java.util.List;
import org.sverka.model.Paragraph;

/**
 * One side of a pre-split gold document joined back into running text: each paragraph is its gold
 * sentences joined by single spaces, and every gold sentence keeps its span, so sentences found by the
 * segmenter can be traced back to the gold sentences they hold.
 */
public record RejoinedText(List<Paragraph> paragraphs, List<ParagraphSpan> goldSpans) {

    public RejoinedText {
        paragraphs = List.copyOf(paragraphs);
        goldSpans = List.copyOf(goldSpans);
    }

    /**
     * @param sentences    the gold sentences in document order; each is stripped and must not be blank
     * @param paragraphOf  the paragraph label of each sentence; a change of label starts a new paragraph
     */
    public static RejoinedText of(List<String> sentences, List<Integer> paragraphOf) {
        if (sentences.size() != paragraphOf.size()) {
            throw new IllegalArgumentException("one paragraph label per sentence needed: "
                    + sentences.size() + " sentences, " + paragraphOf.size() + " labels");
        }
        List<Paragraph> paragraphs = new ArrayList<>();
        List<ParagraphSpan> spans = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i).strip();
            if (sentence.isEmpty()) {
                throw new IllegalArgumentException("gold sentence " + i
                        + " is blank; it cannot be found in running text");
            }
            if (i > 0 && !paragraphOf.get(i).equals(paragraphOf.get(i - 1))) {
                paragraphs.add(new Paragraph(paragraphs.size(), text.toString()));
                text.setLength(0);
            }
            if (!text.isEmpty()) {
                text.append(' ');
            }
            spans.add(new ParagraphSpan(paragraphs.size(), text.length(), text.length() + sentence.length()));
            text.append(sentence);
        }
        if (!sentences.isEmpty()) {
            paragraphs.add(new Paragraph(paragraphs.size(), text.toString()));
        }
        return new RejoinedText(paragraphs, spans);
    }
}
