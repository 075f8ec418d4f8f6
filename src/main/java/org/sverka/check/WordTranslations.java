package org.sverka.check;

import com.ibm.icu.lang.UScript;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sverka.dictionary.BilingualDictionary;

/**
 * A user's bilingual dictionary prepared for the checks: each single source word, by its stem, maps to the
 * stems of the content words of its translations (a phrase translation "вести хозяйство" gives both its
 * words). A dictionary written the other way round (Russian-English for an English source) is read reversed,
 * recognised by the script of its headwords. Built once per dictionary and language pair; immutable.
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
        BilingualDictionary oriented = writtenTheOtherWay(dictionary, source, target) ? dictionary.reversed() : dictionary;
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

    /** Whether the dictionary's headwords are in the target's script and not the source's. */
    private static boolean writtenTheOtherWay(BilingualDictionary dictionary, Locale source, Locale target) {
        int sourceScript = script(source);
        int targetScript = script(target);
        if (sourceScript == targetScript) {
            return false;
        }
        int inTarget = 0;
        int inSource = 0;
        for (BilingualDictionary.Entry entry : dictionary.entries().subList(0, Math.min(1000, dictionary.entries().size()))) {
            Matcher m = WORD.matcher(entry.source());
            if (m.find()) {
                int script = UScript.getScript(m.group().codePointAt(0));
                inTarget += script == targetScript ? 1 : 0;
                inSource += script == sourceScript ? 1 : 0;
            }
        }
        return inTarget > inSource;
    }

    private static int script(Locale locale) {
        int[] codes = UScript.getCode(locale);
        return codes == null || codes.length == 0 ? UScript.LATIN : codes[0];
    }
}
