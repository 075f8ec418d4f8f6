package org.sverka.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the omission and addition checks share about sentences left unpaired. */
final class UnpairedSentences {
    private static final Pattern WORD = Pattern.compile("\\p{L}{2,}");
    /** A byline, a credit or an interjection: "(AP)", "Photo: Reuters". */
    private static final int TINY_WORDS = 2;

    private UnpairedSentences() {
    }

    static boolean isTiny(String text) {
        Matcher m = WORD.matcher(text);
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words <= TINY_WORDS;
    }
}
