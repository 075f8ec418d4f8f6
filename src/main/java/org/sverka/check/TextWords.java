package org.sverka.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one run over a text needs again and again, made once: the stemmers (stateful and costly to create),
 * the words of each side of each pair, and the stem of each word (a book repeats its words).
 */
final class TextWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\d]+");
    private final WordStems sourceStemmer;
    private final WordStems targetStemmer;
    private final NameExtractor sourceExtractor;
    private final NameExtractor targetExtractor;
    private final Map<String, String> sourceStems = new HashMap<>();
    private final Map<String, String> targetStems = new HashMap<>();
    private final Map<String, List<NameExtractor.Word>> sourceWords = new HashMap<>();
    private final Map<String, List<NameExtractor.Word>> targetWords = new HashMap<>();

    TextWords(WordStems source, WordStems target, NameExtractor sourceExtractor, NameExtractor targetExtractor) {
        this.sourceStemmer = source;
        this.targetStemmer = target;
        this.sourceExtractor = sourceExtractor;
        this.targetExtractor = targetExtractor;
    }

    String source(String word) {
        return sourceStems.computeIfAbsent(word, sourceStemmer::stem);
    }

    String target(String word) {
        return targetStems.computeIfAbsent(word, targetStemmer::stem);
    }

    List<NameExtractor.Word> sourceWords(String text) {
        return sourceWords.computeIfAbsent(text, sourceExtractor::words);
    }

    List<NameExtractor.Word> targetWords(String text) {
        return targetWords.computeIfAbsent(text, targetExtractor::words);
    }

    /** The stems of the words of {@code text} that start with a lower-case letter. */
    List<String> lowerCaseStems(String text, boolean source) {
        List<String> stems = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            if (Character.isLowerCase(text.codePointAt(m.start()))) {
                stems.add(source ? source(m.group()) : target(m.group()));
            }
        }
        return stems;
    }
}
