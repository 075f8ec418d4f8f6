package org.sverka.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the sentence ends ICU misses before a sentence that opens with a number: "попали в больницу.
 * 1 октября прошлого года ...", "has left now. 18 holes to make a mark." ICU's rule SB8 keeps a full stop
 * with whatever follows when a lowercase letter comes before any capital ("1 октября", "37-летняя").
 * A break is added only after a plain word of three letters or more that is no abbreviation ("ст. 5",
 * "No. 5", "руб. 50 коп." stay whole), or after a closing quote or bracket ("«унижения». 34-летняя"), and
 * only in a language whose {@link SentenceOpeners} list says so (German and French do not: "Hauptstr. 8").
 */
final class FullStopBeforeNumber {

    private static final String CLOSERS = "\"'»”’)]";
    private static final int MIN_LETTERS = 3;

    private FullStopBeforeNumber() {
    }

    /** The offsets between {@code start} and {@code end} where a sentence opening with a number begins. */
    static List<Integer> breaksBetween(String text, int start, int end, AbbreviationList abbreviations) {
        List<Integer> breaks = new ArrayList<>();
        for (int i = text.indexOf('.', start); i >= 0 && i < end; i = text.indexOf('.', i + 1)) {
            int next = i + 1;
            while (next < end && CLOSERS.indexOf(text.charAt(next)) >= 0) {
                next++;
            }
            int digit = next;
            while (digit < end && SentenceSegmenter.isSpace(text.charAt(digit))) {
                digit++;
            }
            if (digit > next && digit < end && Character.isDigit(text.charAt(digit))
                    && endsAPlainWord(text, i, abbreviations)) {
                breaks.add(digit);
            }
        }
        return breaks;
    }

    private static boolean endsAPlainWord(String text, int fullStop, AbbreviationList abbreviations) {
        int end = fullStop;
        boolean closed = false;
        while (end > 0 && CLOSERS.indexOf(text.charAt(end - 1)) >= 0) {
            end--;
            closed = true;
        }
        int start = end;
        while (start > 0 && end - start < 40 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        // "т.д. 5" and "e.g. 5" are abbreviations of several parts, never a plain word.
        boolean wordEndsThere = start == 0 || !Character.isLetterOrDigit(text.charAt(start - 1))
                && text.charAt(start - 1) != '.';
        if (start == end || !wordEndsThere) {
            return false;
        }
        String word = text.substring(start, fullStop + 1);
        if (closed) {
            return true;
        }
        return end - start >= MIN_LETTERS && !abbreviations.endsSentenceNot(word, '0')
                && !abbreviations.followsNumber(word);
    }
}
