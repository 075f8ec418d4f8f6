package org.sverka.eval;

/**
 * Where a sentence lies in a document that was split into paragraphs: the 0-based paragraph, and the
 * characters {@code [start, end)} of that paragraph's text.
 */
public record ParagraphSpan(int paragraph, int start, int end) {
    public ParagraphSpan {
        if (paragraph < 0 || start < 0 || end <= start) {
            throw new IllegalArgumentException("a sentence span needs paragraph >= 0 and 0 <= start < end: "
                    + paragraph + ", " + start + ", " + end);
        }
    }

    /** How many characters this span shares with another; 0 when they lie in different paragraphs. */
    public int overlap(ParagraphSpan other) {
        if (paragraph != other.paragraph) {
            return 0;
        }
        return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
    }

    /** Whether this span ends before the other starts (an earlier paragraph, or earlier in the same one). */
    public boolean endsBefore(ParagraphSpan other) {
        return paragraph < other.paragraph || (paragraph == other.paragraph && end <= other.start);
    }
}
