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
import java.util.ArrayList;
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
    /** Per group, each way a language writes the name, as the stems of its words (Организация Объединенных Наций). */
    private final Map<Integer, List<List<String>>> firstWritings = new HashMap<>();
    private final Map<Integer, List<List<String>>> secondWritings = new HashMap<>();
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
                add(firstGroups, firstWritings, first, firstName, secondName, matcher);
                add(secondGroups, secondWritings, second, secondName, firstName, matcher);
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

    /**
     * Whether {@code word} of the first language names what {@code others} names in full: some way the second
     * language writes the shared name has all its words among {@code others}. A swapped word leaves a multi-word
     * name half there (Организации Мюллер Наций for United Nations, Северная Гарсия for North Korea).
     */
    boolean firstMatchesWhole(String word, List<String> others) {
        Set<Integer> ids = groups(firstGroups, firstFound, first.stem(word));
        if (ids.isEmpty()) {
            return false;
        }
        List<String> otherStems = others.stream().map(second::stem).toList();
        for (String other : otherStems) {
            for (int id : groups(secondGroups, secondFound, other)) {
                if (ids.contains(id) && writtenWhole(secondWritings.getOrDefault(id, List.of()), otherStems)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether {@code word} of the first language is matched in {@code others} by a multi-word writing of the second
     * language that lacks exactly one word, next to {@code others[gap]}: the word at the gap replaced it
     * (Нильсен Штатах for United States, though Штаты alone also names the United States).
     */
    boolean firstReplacedAt(String word, List<String> others, int gap) {
        Set<Integer> ids = groups(firstGroups, firstFound, first.stem(word));
        if (ids.isEmpty()) {
            return false;
        }
        List<String> otherStems = others.stream().map(second::stem).toList();
        List<String> beside = java.util.stream.IntStream.of(gap - 1, gap + 1).filter(i -> i >= 0 && i < otherStems.size())
                .mapToObj(otherStems::get).toList();
        for (String other : beside) {
            for (int id : groups(secondGroups, secondFound, other)) {
                if (ids.contains(id) && secondWritings.getOrDefault(id, List.of()).stream()
                        .anyMatch(writing -> lacksOne(writing, otherStems, other))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean lacksOne(List<String> writing, List<String> stems, String beside) {
        long missing = writing.stream().filter(listed -> stems.stream().noneMatch(stem -> sameStem(listed, stem))).count();
        return writing.size() > 1 && missing == 1 && writing.stream().anyMatch(listed -> sameStem(listed, beside));
    }

    private static boolean writtenWhole(List<List<String>> writings, List<String> stems) {
        if (writings.stream().allMatch(List::isEmpty)) {
            return true;
        }
        return writings.stream().anyMatch(writing -> !writing.isEmpty()
                && writing.stream().allMatch(listed -> stems.stream().anyMatch(stem -> sameStem(listed, stem))));
    }

    /** The stem comparison of {@link #groups(Map, String)}: equal, or one a prefix of the other within three letters. */
    private static boolean sameStem(String listed, String stem) {
        if (listed.equals(stem)) {
            return true;
        }
        boolean prefix = listed.startsWith(stem) || stem.startsWith(listed);
        return prefix && stem.length() >= 3 && listed.length() >= 3 && Math.abs(listed.length() - stem.length()) <= 3;
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
    private void add(Map<String, Set<Integer>> index, Map<Integer, List<List<String>>> writings, WordStems stems, String name,
                     String other, NameMatcher matcher) {
        List<String> otherWords = java.util.Arrays.stream(other.split("[^\\p{L}]+")).filter(w -> !w.isEmpty()).toList();
        List<WordStems.Word> words = stems.words(name);
        List<String> writing = new ArrayList<>();
        for (WordStems.Word word : words) {
            String text = name.substring(word.start(), word.end());
            boolean transliterated = words.size() > 1 && otherWords.size() > 1 && otherWords.stream().anyMatch(o -> matcher.matches(text, o));
            if (Character.isUpperCase(name.charAt(word.start())) && !transliterated) {
                index.computeIfAbsent(word.stem(), k -> new HashSet<>()).add(groups);
                writing.add(word.stem());
            }
        }
        writings.computeIfAbsent(groups, k -> new ArrayList<>()).add(List.copyOf(writing));
    }

    /** Adds every word of a listed name: the list may pair a name with common words (СМИ / media). */
    private void addAll(Map<String, Set<Integer>> index, Map<Integer, List<List<String>>> writings, WordStems stems, String name) {
        List<String> writing = new ArrayList<>();
        for (WordStems.Word word : stems.words(name)) {
            index.computeIfAbsent(word.stem(), k -> new HashSet<>()).add(groups);
            writing.add(word.stem());
        }
        writings.computeIfAbsent(groups, k -> new ArrayList<>()).add(List.copyOf(writing));
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
                    addAll(firstGroups, firstWritings, first, name.strip());
                }
                for (String name : secondSide.split("\\|")) {
                    addAll(secondGroups, secondWritings, second, name.strip());
                }
                groups++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the name list " + pair, e);
        }
    }
}
