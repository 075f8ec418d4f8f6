package org.sverka.align;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.model.Sentence;

/**
 * Punctuation that survives translation, counted per sentence as prefix sums so any span is O(1):
 * utterances (one per sentence plus one per internal sentence end, as in a Russian line of dialogue
 * "-- Уйди. -- Что с тобой?" that the English gives as two sentences) and question marks; and whether a
 * sentence opens a line of dialogue or a quotation (starts with a quotation mark or a dash: 'No. ~ -- Нет).
 */
final class PunctuationCues {
    private static final Pattern INTERNAL_END = Pattern.compile("[.!?…]+[\"'»”’)]*\\s+(?=[\\p{L}\\p{Pd}\"'«“‘(])");

    private static final Pattern OPENING = Pattern.compile("[\"'«»„“”‘‹›]|\\p{Pd}");

    private final long[] utterances;
    private final long[] questions;
    private final boolean[] opens;

    PunctuationCues(List<Sentence> sentences) {
        utterances = new long[sentences.size() + 1];
        questions = new long[sentences.size() + 1];
        opens = new boolean[sentences.size()];
        for (int i = 0; i < sentences.size(); i++) {
            String text = sentences.get(i).text();
            utterances[i + 1] = utterances[i] + 1 + internalEnds(text);
            questions[i + 1] = questions[i] + text.chars().filter(c -> c == '?' || c == '¿' || c == '؟').count();
            opens[i] = opensQuotation(text);
        }
    }

    static boolean opensQuotation(String text) {
        return OPENING.matcher(text.strip()).lookingAt();
    }

    static int internalEnds(String text) {
        Matcher m = INTERNAL_END.matcher(text.strip());
        int count = 0;
        while (m.find()) {
            count++;
        }
        return count;
    }

    long utterances(int start, int count) {
        return utterances[start + count] - utterances[start];
    }

    /** Whether the sentence starts with a quotation mark or a dash, as a line of dialogue does. */
    boolean opens(int sentence) {
        return opens[sentence];
    }

    long questions(int start, int count) {
        return questions[start + count] - questions[start];
    }
}
