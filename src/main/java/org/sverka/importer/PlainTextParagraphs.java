package org.sverka.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts plain text into paragraphs.
 *
 * <p>Blank lines always separate paragraphs. Inside a block of consecutive non-blank lines every line is
 * its own paragraph (the usual "one paragraph per line" of web copies and line-parallel corpora such as
 * NTREX), unless the block looks hard-wrapped, as e-texts wrapped at 60-80 columns are: then its lines are
 * joined with spaces. A block counts as hard-wrapped when it has at least two lines, its longest line has
 * {@value #MIN_WRAP_WIDTH} to {@value #MAX_WRAP_WIDTH} characters, and most of its lines before the last
 * fill at least {@value #FILLED_PERCENT}% of that width and end inside a sentence (not with . ! ? : ; or a
 * closing quote). One-sentence lines end with punctuation, so they are never joined.
 */
final class PlainTextParagraphs {
    static final int MIN_WRAP_WIDTH = 40;
    static final int MAX_WRAP_WIDTH = 100;
    static final int FILLED_PERCENT = 60;

    private PlainTextParagraphs() {
    }

    /** The normalised, non-empty paragraphs of {@code text}. */
    static List<String> split(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        text.lines().map(ParagraphTextNormaliser::normalise).forEach(line -> {
            if (line.isEmpty()) {
                flush(block, paragraphs);
            } else {
                block.add(line);
            }
        });
        flush(block, paragraphs);
        return paragraphs;
    }

    private static void flush(List<String> block, List<String> paragraphs) {
        if (block.isEmpty()) {
            return;
        }
        if (isHardWrapped(block)) {
            paragraphs.add(String.join(" ", block));
        } else {
            paragraphs.addAll(block);
        }
        block.clear();
    }

    /** {@code lines} are normalised: no leading or trailing spaces. */
    static boolean isHardWrapped(List<String> lines) {
        if (lines.size() < 2) {
            return false;
        }
        int width = lines.stream().mapToInt(String::length).max().orElse(0);
        if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) {
            return false;
        }
        int wrapped = 0;
        int candidates = lines.size() - 1;
        for (String line : lines.subList(0, candidates)) {
            if (line.length() * 100 >= width * FILLED_PERCENT && !endsSentence(line)) {
                wrapped++;
            }
        }
        return wrapped * 2 > candidates;
    }

    private static boolean endsSentence(String line) {
        char last = line.charAt(line.length() - 1);
        return ".!?:;\"»”’)…".indexOf(last) >= 0;
    }
}
