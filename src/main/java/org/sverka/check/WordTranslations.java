package org.sverka.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.sverka.dictionary.BilingualDictionary;

/**
 * A user's bilingual dictionary prepared for the checks: each single source word, by its stem, maps to the
 * stems of the content words of its translations (a phrase translation "вести хозяйство" gives both its
 * words). A dictionary written the other way round (Russian-English for an English source) is read reversed
 * ({@link BilingualDictionary#orientedFor}). Built once per dictionary and language pair; immutable.
 */
public final class WordTranslations {
    public static final WordTranslations NONE = new WordTranslations(Map.of(), Locale.ROOT, Locale.ROOT);

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d'-]*");
    /** A phrase longer than this is an explanation, not a translation. */
    private static final int MAX_PHRASE_WORDS = 3;

    private final Map<String, Set<String>> translations;
    private final Locale source;
    private final Locale target;

    private WordTranslations(Map<String, Set<String>> translations, Locale source, Locale target) {
        this.translations = translations;
        this.source = source;
        this.target = target;
    }

    public static WordTranslations of(BilingualDictionary dictionary, Locale source, Locale target) {
        if (dictionary.isEmpty()) {
            return NONE;
        }
        BilingualDictionary oriented = dictionary.orientedFor(source, target);
        WordStems sourceStems = new WordStems(source);
        WordStems targetStems = new WordStems(target);
        StopWords sourceStop = StopWords.of(source);
        StopWords targetStop = StopWords.of(target);
        Map<String, Set<String>> map = new HashMap<>();
        for (BilingualDictionary.Entry entry : oriented.entries()) {
            String headword = entry.source().replace('ё', 'е');
            if (!WORD.matcher(headword).matches() || sourceStop.contains(headword)) {
                continue;
            }
            List<String> words = WORD.matcher(entry.target()).results().map(m -> m.group().replace('ё', 'е')).toList();
            if (words.isEmpty() || words.size() > MAX_PHRASE_WORDS) {
                continue;
            }
            Set<String> stems = map.computeIfAbsent(sourceStems.stem(headword), k -> new HashSet<>());
            for (String word : words) {
                if (word.length() >= 2 && !targetStop.contains(word)) {
                    stems.add(targetStems.stem(word));
                }
            }
        }
        map.values().removeIf(Set::isEmpty);
        map.replaceAll((k, v) -> Set.copyOf(v));
        return new WordTranslations(Map.copyOf(map), source, target);
    }

    public boolean isEmpty() {
        return translations.isEmpty();
    }

    /** How many source stems have a translation. */
    public int size() {
        return translations.size();
    }

    Locale sourceLanguage() {
        return source;
    }

    Locale targetLanguage() {
        return target;
    }

    /** The stems of the translations of a source stem; empty when the dictionary does not know it. */
    Set<String> of(String sourceStem) {
        return translations.getOrDefault(sourceStem, Set.of());
    }
}
