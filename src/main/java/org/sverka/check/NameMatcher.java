package org.sverka.check;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides whether two words in different languages (or scripts) can be the same name, through ICU
 * transliteration to a rough Latin sound key, with a tolerance for inflectional endings
 * (Путина, Лукашенко, Киеве) and spelling variants (Kiev/Kyiv, Donbass/Donbas), but not for
 * different names that merely share consonants (Kyle/Келли).
 */
final class NameMatcher {
    private static final int MAX_ENDING = 3;
    private static final java.util.regex.Pattern CASE_ENDING = java.util.regex.Pattern.compile(
            "(?<=\\p{IsCyrillic}{3})(?:ами|ями|ом|ем|ой|ей|ым|им|ах|ях|ам|ям|у|ю|а|я|е|ы|и|ь)$");
    private static final String[][] SOUNDS = {
            {"dge", "j"}, {"ough", "o"}, {"augh", "o"}, {"gh", ""}, {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"ck", "k"}, {"ph", "f"}, {"th", "t"},
            {"kh", "h"}, {"ts", "c"}, {"tz", "c"}, {"x", "ks"}, {"q", "k"}, {"w", "v"}, {"ye", "e"},
            {"yu", "u"}, {"ya", "a"}, {"y", "i"}, {"ou", "u"}, {"ee", "i"}, {"oo", "u"}, {"ie", "i"}, {"ae", "e"},
    };

    private final Transliterator cyrillic = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private final Transliterator any = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    /** Transliteration is the costly part and texts repeat their names: keys are kept, up to a bound. */
    private final java.util.Map<String, List<String>> variantCache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** The sound key of a word: Latin ASCII, lower case, similar sounds merged, double letters single. */
    String key(String word) {
        boolean isCyrillic = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
        String latin = (isCyrillic ? cyrillic : any).transliterate(word).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        if (!isCyrillic) {
            // English spelling rules that Russian transcription follows: Kyle/Кайл, Rowe/Роу, Wayde/Уэйд
            latin = latin.replaceAll("^mc", "mak").replaceAll("ichael$", "aikl").replaceAll("(?<=[aeiou])ge$", "zh")
                    .replaceAll("(?<=[^aeiou])y(?=[^aeiou]e$)", "ai")
                    .replaceAll("a(?=[^aeiouy]e$|[^aeiouy]ey$|y)", "ei")
                    .replaceAll("o(?=[^aeiouy]e$)", "ou").replace("oa", "ou")
                    .replaceAll("^i(?=[aeiou])", "ai").replaceAll("(?<=[aeiou])h(?=[aeiou])", "")
                    .replaceAll("own(?=e?$)", "aun").replace("ow", "ou").replace("ew", "yu").replace("aw", "o");
        } else {
            latin = latin.replaceAll("^ue", "ve").replaceAll("^ui", "vi").replaceAll("^uo", "vo");
        }
        latin = latin.replaceAll("c(?=[eiy])", "s").replace('c', 'k');
        if (!isCyrillic) {
            latin = latin.replaceAll("(?<=...)e$", "");
        }
        for (String[] sound : SOUNDS) {
            latin = latin.replace(sound[0], sound[1]);
        }
        return latin.replaceAll("(.)\\1+", "$1");
    }

    boolean matches(String a, String b) {
        for (String va : variants(a)) {
            for (String vb : variants(b)) {
                if (close(va, vb) || sameSkeleton(va, vb)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A looser test than {@link #matches}: the consonant skeletons differ by at most one consonant
     * (Howard/Говард, Texas/Техасе, Buchanan/Бьюкенен), two in six-letter skeletons. Such a pair is one name spelt another way far
     * more often than a wrong name; Kyle/Келли pass too, which is why this only lowers severity.
     */
    boolean resembles(String a, String b) {
        // only true case endings are cut: cutting any letters would let two names share a skeleton (Putin/Петр-ов)
        String sa = skeleton(key(CASE_ENDING.matcher(a).replaceFirst("")));
        String sb = skeleton(key(CASE_ENDING.matcher(b).replaceFirst("")));
        int allowed = Math.max(sa.length(), sb.length()) >= 6 ? 2 : 1;
        return distance(sa, sb) <= allowed;
    }

    /** The word's key, and keys of the word without up to three final letters (inflections). */
    private List<String> variants(String word) {
        List<String> cached = variantCache.get(word);
        if (cached != null) {
            return cached;
        }
        if (variantCache.size() > CACHE_LIMIT) {
            variantCache.clear();
        }
        List<String> keys = new ArrayList<>();
        keys.add(key(word));
        boolean inflecting = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
        for (int cut = 1; inflecting && cut <= MAX_ENDING && word.length() - cut >= 3; cut++) {
            keys.add(key(word.substring(0, word.length() - cut)));
        }
        variantCache.put(word, List.copyOf(keys));
        return keys;
    }

    /**
     * English spelling and Russian transcription often agree only in consonants (Willoughby/Уиллоуби,
     * Sturridge/Старридж), so keys with the same consonant skeleton of three or more classes match too.
     * Two-consonant skeletons are too common for this (Kyle/Келли).
     */
    private static boolean sameSkeleton(String a, String b) {
        String skeleton = skeleton(a);
        return skeleton.length() >= 3 && skeleton.equals(skeleton(b));
    }

    private static String skeleton(String key) {
        String s = key.replaceAll("^u(?=[aeio])", "v")
                .replace("sh", "S").replace("ch", "S").replace("zh", "S").replace("j", "S").replace("h", "")
                .replaceAll("[aeiouy]", "")
                .replace('b', 'p').replace('d', 't').replace('g', 'k').replace('z', 's').replace('f', 'v');
        return s.replaceAll("(.)\\1+", "$1");
    }

    private static boolean close(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b);
        }
        String shorter = a.length() < b.length() ? a : b;
        if (shorter.length() >= 5 && (a.startsWith(b) || b.startsWith(a))) {
            return true;
        }
        int longer = Math.max(a.length(), b.length());
        int allowed = longer <= 2 ? 0 : longer <= 6 ? 1 : 2;
        return distance(a, b) <= allowed;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
