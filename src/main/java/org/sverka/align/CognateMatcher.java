package org.sverka.align;

import com.ibm.icu.text.Transliterator;
import java.util.HashMap;
import java.util.Map;

/**
 * Compares words across scripts and languages: both are transliterated to lower-case ASCII and reduced
 * to a spelling skeleton (sh/ch/zh/kh/ts simplified, y/j as i, doubled letters once), so Лукашенко ~
 * Lukashenko, Вронский ~ Vronsky, НАТО ~ NATO. Two skeletons match when they are equal, share a prefix
 * of five letters, or share four letters and differ by at most three more (endings: Путина ~ Putin).
 * Not thread-safe: one instance per alignment.
 */
final class CognateMatcher {
    static final int MIN_LENGTH = 4;

    private final Map<String, String> cache = new HashMap<>();
    private Transliterator toAscii;

    /** The spelling skeleton of a lower-case word. */
    String skeleton(String word) {
        return cache.computeIfAbsent(word, this::computeSkeleton);
    }

    private String computeSkeleton(String word) {
        String ascii = isAscii(word) ? word : ScriptToAscii.transliterate(word).orElseGet(() -> icuAscii(word));
        String s = ascii.replace("shch", "s").replace("sch", "s").replace("sh", "s").replace("ch", "c")
                .replace("zh", "z").replace("kh", "h").replace("ts", "c").replace("ck", "k").replace("ph", "f")
                .replace("th", "t").replace('y', 'i').replace('j', 'i').replace('w', 'v').replace("'", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) && (out.length() == 0 || out.charAt(out.length() - 1) != c)) {
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

    static boolean matches(String a, String b) {
        if (a.length() < MIN_LENGTH || b.length() < MIN_LENGTH) {
            return a.length() >= 3 && a.equals(b);
        }
        int prefix = 0;
        int max = Math.min(a.length(), b.length());
        while (prefix < max && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix >= 5 || (prefix >= 4 && Math.max(a.length(), b.length()) - prefix <= 3);
    }

    private static boolean isAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
