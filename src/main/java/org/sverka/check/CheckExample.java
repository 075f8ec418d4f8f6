package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A check's own documentation and test: a clean pair (no finding expected) and a faulty pair whose
 * expected spans are marked with {@code <marker>...</marker>} (exactly one finding expected, on those
 * spans). Text-level checks also give the pairs that precede the example in its text.
 */
public record CheckExample(List<CheckedPair> background, String cleanSource, String cleanTarget,
                           String markedSource, String markedTarget, String faultyType,
                           Glossary glossary) {
    private static final String OPEN = "<marker>";
    private static final String CLOSE = "</marker>";

    public CheckExample {
        background = List.copyOf(background);
        Objects.requireNonNull(cleanSource, "cleanSource");
        Objects.requireNonNull(cleanTarget, "cleanTarget");
        Objects.requireNonNull(markedSource, "markedSource");
        Objects.requireNonNull(markedTarget, "markedTarget");
        Objects.requireNonNull(faultyType, "faultyType");
        Objects.requireNonNull(glossary, "glossary");
    }

    public CheckExample(List<CheckedPair> background, String cleanSource, String cleanTarget,
                        String markedSource, String markedTarget, String faultyType) {
        this(background, cleanSource, cleanTarget, markedSource, markedTarget, faultyType, Glossary.EMPTY);
    }

    public static CheckExample of(String cleanSource, String cleanTarget, String markedSource, String markedTarget) {
        return new CheckExample(List.of(), cleanSource, cleanTarget, markedSource, markedTarget, "1-1");
    }

    public CheckedPair cleanPair() {
        return CheckedPair.of(background.size() + 1, cleanSource, cleanTarget);
    }

    public CheckedPair faultyPair() {
        return new CheckedPair(background.size() + 1, strip(markedSource), strip(markedTarget), faultyType);
    }

    public List<Span> expectedSourceSpans() {
        return spans(markedSource);
    }

    public List<Span> expectedTargetSpans() {
        return spans(markedTarget);
    }

    private static String strip(String marked) {
        return marked.replace(OPEN, "").replace(CLOSE, "");
    }

    private static List<Span> spans(String marked) {
        List<Span> spans = new ArrayList<>();
        int removed = 0;
        int open = marked.indexOf(OPEN);
        while (open >= 0) {
            int close = marked.indexOf(CLOSE, open);
            int start = open - removed;
            int end = close - removed - OPEN.length();
            spans.add(new Span(start, end));
            removed += OPEN.length() + CLOSE.length();
            open = marked.indexOf(OPEN, close);
        }
        return spans;
    }
}
