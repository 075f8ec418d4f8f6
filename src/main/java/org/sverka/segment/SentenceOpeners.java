package org.sverka.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.sverka.SverkaException;

/**
 * The closed-class words of one language that, capitalised, open a sentence and never continue a name
 * ("Then", "The", "Потом", "В"): sverka's data file {@code org/sverka/segment/<language>-openers.txt}, one
 * lowercase word per line. The line {@code <number>} says that a number may open a sentence after a full
 * stop in that language; German leaves it out ("Hauptstr. 8" is common there). A language without the
 * file has none, and its segmentation is unchanged.
 */
final class SentenceOpeners {

    private static final String NUMBER = "<number>";

    private final Set<String> words;
    private final boolean numbers;

    private SentenceOpeners(Set<String> words, boolean numbers) {
        this.words = Set.copyOf(words);
        this.numbers = numbers;
    }

    static SentenceOpeners none() {
        return new SentenceOpeners(Set.of(), false);
    }

    static SentenceOpeners forLanguage(Locale language) {
        String name = language.getLanguage() + "-openers.txt";
        Set<String> words = new HashSet<>();
        boolean numbers = false;
        try (InputStream in = SentenceOpeners.class.getResourceAsStream(name)) {
            if (in == null) {
                return none();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String word = line.strip();
                if (word.equals(NUMBER)) {
                    numbers = true;
                } else if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new SverkaException("Cannot read the bundled word list " + name + " for language '" + language
                    + "': the sverka jar looks damaged, reinstall it.", e);
        }
        return new SentenceOpeners(words, numbers);
    }

    /** Whether a number may open a sentence after a full stop ("ранениями. 1 октября"). */
    boolean numbers() {
        return numbers;
    }

    /**
     * Whether the first word after {@code from}, past spaces, quotes and dashes, is a capitalised opener.
     * A single letter followed by a period is an initial ("J. A. Smith"), never an opener.
     */
    boolean opensAt(String text, int from) {
        int start = from;
        int limit = Math.min(text.length(), from + 40);
        while (start < limit && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        if (start == limit || !Character.isUpperCase(text.charAt(start))) {
            return false;
        }
        int end = start;
        while (end < text.length() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        boolean initial = end - start == 1 && end < text.length() && text.charAt(end) == '.';
        return !initial && words.contains(text.substring(start, end).toLowerCase(Locale.ROOT));
    }
}
