package org.sverka.check;

import java.util.List;
import java.util.Locale;

/**
 * Whether a word of the other side can be the same name. A lower-case word counts only when long:
 * a capitalised Russian common noun meets its English cognate (Президент / president), but short
 * words match names by chance (Мюллер / more); and it counts through the stricter {@link NameMatcher#same}.
 */
final class NameCounterparts {
    private static final int MIN_LOWER_CASE_COUNTERPART = 7;
    private final NameMatcher matcher;

    NameCounterparts(NameMatcher matcher) {
        this.matcher = java.util.Objects.requireNonNull(matcher, "matcher");
    }

    /** Whether some word of {@code others} can be {@code name} written on the other side. */
    boolean found(String name, List<String> others) {
        for (String other : others) {
            boolean capitalised = Character.isUpperCase(other.codePointAt(0));
            boolean eligible = capitalised || other.length() >= MIN_LOWER_CASE_COUNTERPART;
            // a long common word is a cognate only when its letters agree, not merely its consonants (Spieth/субботу)
            if (eligible && (other.equalsIgnoreCase(name) || (capitalised ? matcher.matches(name, other) : matcher.same(name, other)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether every word of {@code others} that {@code name} (a word of {@code side}) finds is already rendered, as many
     * times as {@code others} gives it, by other words of {@code side} that render it more closely: Poyet by Пойет, not
     * Петров; a Latin Coffer by Coffer, not Окафор. Then {@code name} is some other name.
     */
    boolean claimedByOthers(NameExtractor.Word name, List<NameExtractor.Word> side, List<String> others, TextWords stems) {
        List<String> found = others.stream().filter(o -> found(name.text(), List.of(o))).distinct().toList();
        if (found.isEmpty()) {
            return false;
        }
        for (String other : found) {
            if (closely(name.text(), other)) {
                return false;
            }
            long given = others.stream().filter(other::equals).count();
            long claimed = side.stream().filter(w -> w != name && Character.isUpperCase(w.text().codePointAt(0)) && closely(w.text(), other)
                    && !stems.target(w.text()).equals(stems.target(name.text()))).count();
            if (claimed < given) {
                return false;
            }
        }
        return true;
    }

    private boolean closely(String word, String other) {
        return word.equalsIgnoreCase(other) || matcher.same(word, other);
    }

    /**
     * The words of a side as counterparts for {@link #found}: a lower-case part of a hyphenated name (Yong-ho)
     * is written capitalised, so that it counts however short it is.
     */
    static List<String> of(List<NameExtractor.Word> words) {
        return words.stream().map(w -> w.name() && Character.isLowerCase(w.text().codePointAt(0))
                ? w.text().substring(0, 1).toUpperCase(Locale.ROOT) + w.text().substring(1) : w.text()).toList();
    }
}
