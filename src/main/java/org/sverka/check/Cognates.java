package org.sverka.check;

import com.ibm.icu.text.Transliterator;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Whether two words in different scripts share their origin: names and borrowed words (Brexit ~ Брексит,
 * vaccine ~ вакцина, Hammel ~ Хаммел). Both words become a spelling skeleton: Latin ASCII, lower case,
 * sounds that transcription renders differently merged (c/k/q, ts/tz, kh/h, w/v, y/j/i), doubled letters once.
 * Two skeletons match when they share a prefix of five letters, or of four and differ by at most three
 * more (an inflected ending); shorter ones (acronyms) only when equal. Not thread-safe: it caches skeletons.
 */
final class Cognates {
    /** Shorter skeletons match too many unrelated words. */
    static final int MIN_SKELETON = 4;

    private final Transliterator toLatin = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    private final Map<String, String> skeletons = new HashMap<>();

    String skeleton(String word) {
        return skeletons.computeIfAbsent(word, this::computeSkeleton);
    }

    private String computeSkeleton(String word) {
        String latin = toLatin.transliterate(word).toLowerCase(Locale.ROOT);
        String merged = latin.replace("shch", "s").replace("sch", "s").replace("sh", "s").replace("ch", "c")
                .replace("zh", "z").replace("kh", "h").replace("ts", "c").replace("tz", "c").replace("ck", "k")
                .replace("ph", "f").replace("th", "t").replace("x", "ks").replace('k', 'c').replace('q', 'c').replace('w', 'v')
                .replace('y', 'i').replace('j', 'i');
        StringBuilder out = new StringBuilder(merged.length());
        for (int i = 0; i < merged.length(); i++) {
            char c = merged.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (out.length() == 0 || out.charAt(out.length() - 1) != c) {
                    out.append(c);
                }
            }
        }
        return out.toString();
    }

    static boolean match(String a, String b) {
        if (a.length() < MIN_SKELETON || b.length() < MIN_SKELETON) {
            return a.length() >= 2 && a.equals(b);
        }
        int prefix = 0;
        int shorter = Math.min(a.length(), b.length());
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix >= 5 || prefix >= 4 && Math.max(a.length(), b.length()) - prefix <= 3;
    }
}
