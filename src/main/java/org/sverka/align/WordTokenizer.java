package org.sverka.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a sentence into lower-cased words and normalised numbers (numbers are prefixed with '#', so
 * they never collide with words). Punctuation is dropped.
 */
final class WordTokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "\\d{1,3}(?:[\\u00A0\\u202F\\u2009 ]\\d{3})+(?![\\d])(?:[.,]\\d+)?|\\d+(?:[.,']\\d+)*|[\\p{L}\\p{M}]+");

    private WordTokenizer() {
    }

    static List<String> tokens(String sentence) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(sentence);
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                tokens.add("#" + NumberNormalizer.normalize(token));
            } else {
                tokens.add(token.toLowerCase(Locale.ROOT));
            }
        }
        return tokens;
    }

    /** Characters that carry content: everything but white space (tokenised corpora pad punctuation). */
    static int contentLength(String sentence) {
        int length = 0;
        for (int i = 0; i < sentence.length(); i++) {
            if (!Character.isWhitespace(sentence.charAt(i))) {
                length++;
            }
        }
        return length;
    }
}
