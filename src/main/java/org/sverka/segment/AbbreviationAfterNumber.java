package org.sverka.segment;

import java.util.regex.Pattern;

/**
 * Decides a break after an abbreviation that follows a number and may end a sentence: "г." after a
 * year, "в." after a century ("в 2021 г. Потом", "в XIX в."). A lowercase word after it continues the
 * sentence (handled before this); a capitalised opener ends it; any other capitalised word ends it only
 * when the clause before the number is more than a short date phrase, since "В июне 2017 г. Трамп провёл"
 * is one sentence while "Указ подписан в мае 2021 г. Президент поручил" is two.
 */
final class AbbreviationAfterNumber {

    /** "2021", "1990-х", "2020-2021", "XIX", "XIX-XX": Arabic or Roman, Cyrillic Х written for X too. */
    private static final Pattern NUMBER = Pattern.compile(
            "(\\d+|[IVXLCDMХ]+)([-–—](\\d+|[IVXLCDMХ]+))?(-[\\p{IsAlphabetic}]{1,3})?");

    /** Words of a clause, numbers not counted, up to which it reads as a date phrase ("С 1 января"). */
    private static final int DATE_PHRASE_WORDS = 3;

    private AbbreviationAfterNumber() {
    }

    /** The start of the number word before {@code wordStart}, or -1 when the word before is no number. */
    static int numberBefore(String text, int wordStart) {
        int end = wordStart;
        while (end > 0 && SentenceSegmenter.isSpace(text.charAt(end - 1))) {
            end--;
        }
        int start = end;
        while (start > 0 && end - start < 20 && !SentenceSegmenter.isSpace(text.charAt(start - 1))) {
            start--;
        }
        return end > start && NUMBER.matcher(text.substring(start, end)).matches() ? start : -1;
    }

    /** Whether the sentence goes on past the abbreviation that ends the word starting at {@code wordStart}. */
    static boolean continues(String text, int sentenceStart, int wordStart, int breakAt, SentenceOpeners openers) {
        return !openers.opensAt(text, breakAt)
                && !(capitalFollows(text, breakAt) && clauseIsLong(text, sentenceStart, numberBefore(text, wordStart)));
    }

    /** Whether a capitalised word that is not an opener starts a new sentence after the abbreviation. */
    private static boolean clauseIsLong(String text, int sentenceStart, int numberStart) {
        int clauseStart = sentenceStart;
        for (int i = numberStart - 1; i > sentenceStart; i--) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':') {
                clauseStart = i + 1;
                break;
            }
        }
        int words = 0;
        for (String word : text.substring(clauseStart, numberStart).strip().split("[\\s\\p{Z}]+")) {
            if (!word.isEmpty() && !Character.isDigit(word.charAt(0))) {
                words++;
            }
        }
        return words > DATE_PHRASE_WORDS;
    }

    /** Whether the first letter after the break, past spaces, quotes and dashes, is a capital. */
    private static boolean capitalFollows(String text, int breakAt) {
        for (int i = breakAt; i < Math.min(text.length(), breakAt + 40); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isUpperCase(c);
            }
        }
        return false;
    }
}
