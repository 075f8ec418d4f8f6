package org.sverka.check;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.snowball.SnowballFilter;

/**
 * The function words of a language, which a dictionary translates in too many ways to be evidence: Snowball's
 * stop list as Lucene ships it ({@code english_stop.txt}, {@code russian_stop.txt}...) plus this package's
 * {@code coverage-stop-<lang>.txt} (modal verbs, "also", "said"). A language with neither has none.
 */
final class StopWords {
    private final Set<String> words;

    private StopWords(Set<String> words) {
        this.words = Set.copyOf(words);
    }

    static StopWords of(Locale locale) {
        Set<String> words = new HashSet<>();
        String snowball = locale.getDisplayLanguage(Locale.ENGLISH).toLowerCase(Locale.ROOT) + "_stop.txt";
        read(SnowballFilter.class.getResourceAsStream(snowball), words, snowball);
        String own = "coverage-stop-" + locale.getLanguage() + ".txt";
        read(StopWords.class.getResourceAsStream(own), words, own);
        return new StopWords(words);
    }

    boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    private static void read(InputStream in, Set<String> into, String name) {
        if (in == null) {
            return;
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            WordlistLoader.getSnowballWordSet(reader).forEach(w -> into.add((w instanceof char[] c ? new String(c) : w.toString()).replace('ё', 'е')));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the word list " + name, e);
        }
    }
}
