package org.sverka.check;

import com.ibm.icu.text.DisplayContext;
import com.ibm.icu.text.LocaleDisplayNames;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names that are translated rather than transliterated (Germany/Германия, US/США, EU/ЕС): country
 * names in both languages from ICU's display names, plus a word list {@code names-<a>-<b>.txt} of
 * common institutions and nationality words. Words are compared as Snowball stems.
 */
final class NameEquivalents {
    private final Map<String, Set<Integer>> firstGroups = new HashMap<>();
    private final Map<String, Set<Integer>> secondGroups = new HashMap<>();
    /** The groups of every stem looked up so far, per language, bounded: a book looks up the same words again and again. */
    private final Map<String, Set<Integer>> firstFound = new ConcurrentHashMap<>();
    private final Map<String, Set<Integer>> secondFound = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100_000;
    private final WordStems first;
    private final WordStems second;
    private int groups;

    NameEquivalents(Locale firstLanguage, Locale secondLanguage) {
        this.first = new WordStems(firstLanguage);
        this.second = new WordStems(secondLanguage);
        LocaleDisplayNames[] firstNames = displayNames(firstLanguage);
        LocaleDisplayNames[] secondNames = displayNames(secondLanguage);
        NameMatcher matcher = new NameMatcher();
        for (String region : ULocale.getISOCountries()) {
            for (int i = 0; i < firstNames.length; i++) {
                String firstName = firstNames[i].regionDisplayName(region);
                String secondName = secondNames[i].regionDisplayName(region);
                add(firstGroups, first, firstName, secondName, matcher);
                add(secondGroups, second, secondName, firstName, matcher);
            }
            groups++;
        }
        load(firstLanguage.getLanguage() + "-" + secondLanguage.getLanguage(), false);
        load(secondLanguage.getLanguage() + "-" + firstLanguage.getLanguage(), true);
    }

    /** Whether {@code word} of the first language names what some word of {@code others} names. */
    boolean firstMatches(String word, List<String> others) {
        return meet(groups(firstGroups, firstFound, first.stem(word)), secondGroups, secondFound, second, others);
    }

    /** Whether {@code word} of the second language names what some word of {@code others} names. */
    boolean secondMatches(String word, List<String> others) {
        return meet(groups(secondGroups, secondFound, second.stem(word)), firstGroups, firstFound, first, others);
    }

    private static boolean meet(Set<Integer> ids, Map<String, Set<Integer>> otherGroups, Map<String, Set<Integer>> otherFound,
                                WordStems stems, List<String> others) {
        if (ids.isEmpty()) {
            return false;
        }
        for (String other : others) {
            if (groups(otherGroups, otherFound, stems.stem(other)).stream().anyMatch(ids::contains)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Groups of a stem, or of a listed stem that differs from it only in up to three final letters
     * (Korean/Korea, Indonesian/Indonesia, Китая/Китай: Snowball stems them кит/кита).
     */
    private static Set<Integer> groups(Map<String, Set<Integer>> index, Map<String, Set<Integer>> found, String stem) {
        Set<Integer> known = found.get(stem);
        if (known != null) {
            return known;
        }
        if (found.size() > CACHE_LIMIT) {
            found.clear();
        }
        Set<Integer> ids = groups(index, stem);
        found.put(stem, ids);
        return ids;
    }

    /** Looks a stem up in the whole index: the prefix test visits every listed stem, hence the cache above. */
    private static Set<Integer> groups(Map<String, Set<Integer>> index, String stem) {
        Set<Integer> ids = new HashSet<>(index.getOrDefault(stem, Set.of()));
        if (stem.length() < 3) {
            return Set.copyOf(ids);
        }
        index.forEach((listed, listedIds) -> {
            boolean prefix = listed.startsWith(stem) || stem.startsWith(listed);
            if (prefix && listed.length() >= 3 && Math.abs(listed.length() - stem.length()) <= 3) {
                ids.addAll(listedIds);
            }
        });
        return Set.copyOf(ids);
    }

    private static LocaleDisplayNames[] displayNames(Locale language) {
        ULocale locale = ULocale.forLocale(language);
        return new LocaleDisplayNames[]{
                LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_FULL),
                LocaleDisplayNames.getInstance(locale, DisplayContext.LENGTH_SHORT)};
    }

    /**
     * Adds the capitalised words of {@code name} to the current group (function words are skipped), but not a word
     * that transliterates a word of the other language's name ({@code other}): the matcher finds those, and in the
     * group they would meet every other word of the name (Korea/Северная, Diego/Гарсия of Диего-Гарсия).
     */
    private void add(Map<String, Set<Integer>> index, WordStems stems, String name, String other, NameMatcher matcher) {
        List<String> otherWords = java.util.Arrays.stream(other.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        List<WordStems.Word> words = stems.words(name);
        for (WordStems.Word word : words) {
            String text = name.substring(word.start(), word.end());
            boolean transliterated = words.size() > 1 && otherWords.size() > 1 && otherWords.stream().anyMatch(o -> matcher.matches(text, o));
            if (Character.isUpperCase(name.charAt(word.start())) && !transliterated) {
                index.computeIfAbsent(word.stem(), k -> new HashSet<>()).add(groups);
            }
        }
    }

    /** Adds every word of a listed name: the list may pair a name with common words (СМИ / media). */
    private void addAll(Map<String, Set<Integer>> index, WordStems stems, String name) {
        for (WordStems.Word word : stems.words(name)) {
            index.computeIfAbsent(word.stem(), k -> new HashSet<>()).add(groups);
        }
    }

    private void load(String pair, boolean swapped) {
        try (InputStream in = NameEquivalents.class.getResourceAsStream("names-" + pair + ".txt")) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] sides = line.split("\t");
                if (line.startsWith("#") || sides.length != 2) {
                    continue;
                }
                String firstSide = swapped ? sides[1] : sides[0];
                String secondSide = swapped ? sides[0] : sides[1];
                for (String name : firstSide.split("\\|")) {
                    addAll(firstGroups, first, name.strip());
                }
                for (String name : secondSide.split("\\|")) {
                    addAll(secondGroups, second, name.strip());
                }
                groups++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name list " + pair, e);
        }
    }
}
