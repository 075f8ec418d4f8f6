package org.sverka.align;

import java.util.List;
import org.sverka.model.Sentence;

/**
 * Where one side's paragraphs start ({@link Sentence#paragraph()} changes), as prefix counts so that the
 * paragraph breaks inside any span are counted in O(1).
 */
final class ParagraphMarks {
    private final boolean[] starts;
    private final int[] startsBefore;
    private final int paragraphs;

    ParagraphMarks(List<Sentence> sentences) {
        int n = sentences.size();
        starts = new boolean[n];
        startsBefore = new int[n + 1];
        for (int i = 0; i < n; i++) {
            starts[i] = i == 0 || sentences.get(i).paragraph() != sentences.get(i - 1).paragraph();
            startsBefore[i + 1] = startsBefore[i] + (starts[i] ? 1 : 0);
        }
        paragraphs = startsBefore[n];
    }

    /**
     * Whether the marks say anything: false when all sentences share one paragraph (pre-split input) or
     * every sentence is a paragraph of its own (one-sentence-a-line input).
     */
    boolean informative() {
        return paragraphs > 1 && paragraphs < starts.length;
    }

    int size() {
        return starts.length;
    }

    /** Whether the sentence starts a paragraph; the end of the text counts as a start. */
    boolean starts(int sentence) {
        return sentence >= starts.length || starts[sentence];
    }

    /** Paragraph breaks strictly inside the span of {@code count} sentences from {@code start}. */
    int breaksWithin(int start, int count) {
        return count < 2 ? 0 : startsBefore[start + count] - startsBefore[start + 1];
    }
}
