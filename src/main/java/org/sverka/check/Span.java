package org.sverka.check;

/** A half-open range of char offsets [start, end) in the source or target text of a pair. */
public record Span(int start, int end) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The text this span covers in {@code text}. */
    public String of(String text) {
        return text.substring(start, Math.min(end, text.length()));
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
