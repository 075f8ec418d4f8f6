package org.sverka.transliteration;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Whether two words in different scripts share their origin: names and borrowed words (Лукашенко ~ Lukashenko,
 * Вронский ~ Vronsky, vaccine ~ вакцина). Both words become a spelling skeleton: lower-case ASCII as ICU's
 * {@code Any-Latin; Latin-ASCII; Lower} gives it ({@link ScriptToAscii} for Latin and Cyrillic, ICU only for
 * other scripts), sounds that transcription renders differently merged (sh/ch/zh/kh/ts simplified, w as v,
 * y and j as i, more by {@link SkeletonSettings}), doubled letters once. Two skeletons match when they share a
 * prefix of five letters, or of four and differ by at most three more (an ending: Путина ~ Putin); shorter
 * ones only when equal. Not thread-safe: it caches skeletons; one instance per alignment or check run.
 */
public final class SpellingSkeleton {
    /** Skeletons shorter than this match too many unrelated words by prefix, so they must be equal. */
    public static final int MIN_PREFIX_LENGTH = 4;

    private final SkeletonSettings settings;
    private final Map<String, String> cache = new HashMap<>();
    private Transliterator toAscii;

    public SpellingSkeleton(SkeletonSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The spelling skeleton of a word. */
    public String of(String word) {
        return cache.computeIfAbsent(word, this::compute);
    }

    /** Whether two skeletons (from {@link #of}) are of cognate words. */
    public boolean matches(String a, String b) {
        if (a.length() < MIN_PREFIX_LENGTH || b.length() < MIN_PREFIX_LENGTH) {
            return a.length() >= settings.shortestEqualMatch() && a.equals(b);
        }
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix >= 5 || prefix >= 4 && Math.max(a.length(), b.length()) - prefix <= 3;
    }

    private String compute(String word) {
        String ascii = isLowerCaseAscii(word) ? word
                : ScriptToAscii.transliterate(word, settings.dropForeignMarks()).orElseGet(() -> icuAscii(word));
        String s = ascii.replace("shch", "s").replace("sch", "s").replace("sh", "s").replace("ch", "c")
                .replace("zh", "z").replace("kh", "h").replace("ts", "c");
        if (settings.mergeKIntoC()) {
            s = s.replace("tz", "c");
        }
        s = s.replace("ck", "k").replace("ph", "f").replace("th", "t");
        if (settings.mergeKIntoC()) {
            s = s.replace("x", "ks").replace('k', 'c').replace('q', 'c');
        }
        s = s.replace('w', 'v').replace('y', 'i').replace('j', 'i');
        boolean asciiOnly = settings.asciiOnly();
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean kept = asciiOnly ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
            if (kept && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private String icuAscii(String word) {
        if (toAscii == null) {
            // Loading ICU's transliteration rules costs a fifth of a second: only for scripts ScriptToAscii lacks.
            toAscii = Transliterator.getInstance("Any-Latin; Latin-ASCII; Lower");
        }
        return toAscii.transliterate(word);
    }

    /** Most words of a Latin-script text: nothing to transliterate (the table lowers capitals). */
    private static boolean isLowerCaseAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c > 127 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
