package org.sverka.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * How a one-sentence-a-line gold file (Text+Berg) is turned into paragraphs, since its line breaks are
 * the gold sentence breaks and must not be given to the segmenter.
 */
public enum LineParagraphing {
    /** All lines joined into one paragraph: text pasted without line breaks, the hardest case. */
    ONE_PARAGRAPH,
    /**
     * A line whose last character is a letter or digit (a title, a byline, a date line: no sentence ends
     * that way) ends its paragraph, as it would stand on a line of its own in the printed article; all
     * other lines run on.
     */
    HEADINGS_APART;

    /** The paragraph label of each line. */
    public List<Integer> labels(List<String> lines) {
        List<Integer> labels = new ArrayList<>(lines.size());
        int paragraph = 0;
        for (String line : lines) {
            labels.add(paragraph);
            if (this == HEADINGS_APART && endsInLetterOrDigit(line)) {
                paragraph++;
            }
        }
        return labels;
    }

    private static boolean endsInLetterOrDigit(String line) {
        String stripped = line.strip();
        return !stripped.isEmpty() && Character.isLetterOrDigit(stripped.codePointBefore(stripped.length()));
    }
}
