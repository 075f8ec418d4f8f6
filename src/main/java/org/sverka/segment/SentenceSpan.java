package org.sverka.segment;

/**
 * Where one sentence lies in its paragraph: {@code text.substring(start, end)} is the sentence, trimmed.
 * The characters between two spans are the whitespace the segmenter dropped, so a paragraph can be rejoined.
 */
public record SentenceSpan(int start, int end) {
    public SentenceSpan {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("a sentence span needs 0 <= start < end: " + start + ", " + end);
        }
    }

    public String of(String paragraphText) {
        return paragraphText.substring(start, end);
    }
}
