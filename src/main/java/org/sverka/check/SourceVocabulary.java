package org.sverka.check;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The distinct capitalised words of the source side of a text, where a name moved from a neighbouring sentence
 * is found. Answers are kept: a book asks about the same names again and again, and each question reads the
 * whole vocabulary.
 */
final class SourceVocabulary {
    private final List<String> words;
    private final NameMatcher matcher;
    private final NameEquivalents known;
    private final Map<String, Boolean> answers = new HashMap<>();

    private SourceVocabulary(List<String> words, NameMatcher matcher, NameEquivalents known) {
        this.words = words;
        this.matcher = matcher;
        this.known = known;
    }

    static SourceVocabulary of(List<CheckedPair> pairs, TextWords stems, NameMatcher matcher, NameEquivalents known) {
        Set<String> words = new LinkedHashSet<>();
        for (CheckedPair pair : pairs) {
            // capitalised words only: long common words would meet names by chance (across/Гарсия share k-r-s)
            stems.sourceWords(pair.sourceText()).stream().filter(w -> Character.isUpperCase(w.text().codePointAt(0)))
                    .forEach(w -> words.add(w.text()));
        }
        return new SourceVocabulary(List.copyOf(words), matcher, known);
    }

    /** A vocabulary that gives no name, for a name that cannot have been moved from elsewhere. */
    SourceVocabulary none() {
        return new SourceVocabulary(List.of(), matcher, known);
    }

    /** Whether the source text gives this name of the translation anywhere: as is, transliterated or translated. */
    boolean gives(String targetName) {
        return answers.computeIfAbsent(targetName,
                text -> words.stream().anyMatch(w -> w.equalsIgnoreCase(text) || matcher.same(text, w))
                        || known.secondMatches(text, words));
    }
}
