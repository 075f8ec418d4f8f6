package org.sverka.check;

import com.ibm.icu.text.Transliterator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Decides whether two words in different languages (or scripts) can be the same name, through ICU
 * transliteration to a rough Latin sound key, with a tolerance for inflectional endings
 * (Путина, Лукашенко, Киеве) and spelling variants (Kiev/Kyiv, Donbass/Donbas), but not for
 * different names that merely share consonants (Kyle/Келли).
 */
final class NameMatcher {
    private static final int MAX_ENDING = 3;
    private static final double MAX_RESEMBLING_SHARE = 0.6;
    private static final int MIN_SAME_SKELETON = 4;
    private static final java.util.regex.Pattern CASE_ENDING = java.util.regex.Pattern.compile(
            "(?<=\\p{IsCyrillic}{3})(?:ами|ями|ом|ем|ой|ей|ым|им|ах|ях|ам|ям|у|ю|а|я|е|ы|и|ь)$");
    private static final String[][] SOUNDS = {
            {"dge", "j"}, {"ough", "o"}, {"augh", "o"}, {"gh", ""}, {"shch", "sh"}, {"sch", "sh"}, {"tch", "ch"}, {"dzh", "j"}, {"ck", "k"}, {"ph", "f"}, {"th", "t"},
            {"kh", "h"}, {"ts", "c"}, {"tz", "c"}, {"x", "ks"}, {"q", "k"}, {"w", "v"}, {"ye", "e"},
            {"yu", "u"}, {"ya", "a"}, {"y", "i"}, {"ou", "u"}, {"ee", "i"}, {"oo", "u"}, {"ie", "i"}, {"ae", "e"},
    };

    private static final Pattern NON_LETTER = Pattern.compile("[^a-z]");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    /** A c that is not part of ch (ч, and English ch before a vowel: Chen/Чен, Chelsea/Челси) sounds k. */
    private static final Pattern HARD_C = Pattern.compile("c(?!h)");
    private static final Pattern FINAL_E = Pattern.compile("(?<=...)e$");
    private static final Pattern DOUBLE = Pattern.compile("(.)\\1+");
    private static final Rewrites ENGLISH_SPELLING = new Rewrites(
            "^mc", "mak", "ch(?=[lr])", "k", "ichael$", "aikl", "(?<=[aeiou])ge$", "zh", "(?<=[^aeiou])y(?=[^aeiou]e$)", "ai",
            "a(?=[^aeiouy]e$|[^aeiouy]ey$|y)", "ei", "o(?=[^aeiouy]e$)", "ou", "(?<=..[^aeiou])ey$", "i");
    private static final Rewrites ENGLISH_SPELLING_AFTER_OA = new Rewrites(
            "^i(?=[aeiou])", "ai", "(?<=[aeiou])h(?=[aeiou])", "", "own(?=e?$)", "aun");
    // уэ, уи, уо transcribe an English w: Уэйд, Уиллоуби, Мерриуэзер
    private static final Rewrites CYRILLIC_U = new Rewrites("^ue", "ve", "^ui", "vi", "^uo", "vo", "(?<=[aeiou])ue(?=[^aeiou])", "ve");
    private static final Pattern SKELETON_U = Pattern.compile("^u(?=[aeio])");
    private static final Pattern VOWELS = Pattern.compile("[aeiouy]");

    /**
     * Other ways than English spelling in which Russian renders a name written in Latin letters, each applied to
     * the words it fits, for an extra key: letter by letter as older Russian transcription does (h as г, w as в:
     * Howard/Говард, Iowa/Айова, Texas/Техас, Joan/Джоан), Greek names through Church Slavonic (th as ф, b as в:
     * Bethesda/Вифезда, Martha/Марфа), Chinese pinyin as Palladius (j/z as цз, zh as чж, x as с, q as ц, -ng as
     * -н, -ong as -ун: Jinping/Цзиньпин, Zedong/Цзэдун), Korean romanisation as Kontsevich (j as ч/чж, ae as э, yo as ю
     * or ё, -ong as -он, eun/un as ын: Jae/Чжэ, Jong/Чен, Yong/Юн/Ён, Un/Ын), continental spelling (j as й, w as в, c as ч where
     * the letter lost its caron: Jakubowski/Якубовский, Kovacic/Ковачич) and French spelling (silent final x and t, qu as к, nasal vowels: Prix/при,
     * Saint-Quentin/Сен-Кантен, Dechambeau/Дешамбо).
     */
    private record Transcription(Pattern fits, Rewrites rewrites) { }

    private static final List<Transcription> TRANSCRIPTIONS = List.of(
            new Transcription(Pattern.compile("[hwx]|oa"), new Rewrites("(?<![cstpgkwzr])h(?=[aeiouy])", "g", "w", "v", "x", "h", "^i(?=[aeiou])", "ai")),
            new Transcription(Pattern.compile("th"), new Rewrites("th", "f", "^b", "v")),
            new Transcription(Pattern.compile("[jxqz]|ng$"), new Rewrites(
                    "zh", "ch", "j", "tsz", "q", "ts", "x", "s", "(?<![tc])z", "tsz", "ong", "un", "ng(?![aeiou])", "n")),
            new Transcription(Pattern.compile("^[a-z]{2,5}$"), new Rewrites(
                    "j", "ch", "ae", "e", "yo", "yu", "eo", "o", "ong$", "on", "ng$", "n", "e?u(?=n$)", "y")),
            new Transcription(Pattern.compile("^[a-z]{2,5}$"), new Rewrites(
                    "j", "ch", "ae", "e", "yo", "ye", "eo", "o", "ong$", "on", "ng$", "n", "e?u(?=n$)", "y")),
            new Transcription(Pattern.compile("[jw]|ic$"), new Rewrites("j", "y", "w", "v", "sz", "sh", "cz", "ch", "c(?!h)", "ch")),
            new Transcription(Pattern.compile("eau|x$|qu|ain|oi"), new Rewrites(
                    "qu", "k", "en(?![aeiou])", "an", "ain", "en", "in$", "en", "[tx]$", "", "eau", "o", "oi", "ua", "ch", "sh")));

    /** Regular-expression replacements applied in order, compiled once. */
    private record Rewrites(List<Pattern> patterns, List<String> replacements) {
        Rewrites(String... pairs) {
            this(java.util.stream.IntStream.range(0, pairs.length / 2).mapToObj(i -> Pattern.compile(pairs[2 * i])).toList(),
                    java.util.stream.IntStream.range(0, pairs.length / 2).mapToObj(i -> pairs[2 * i + 1]).toList());
        }

        String rewrite(String text) {
            for (int i = 0; i < patterns.size(); i++) {
                text = patterns.get(i).matcher(text).replaceAll(replacements.get(i));
            }
            return text;
        }
    }

    private final Transliterator cyrillic = Transliterator.getInstance("Russian-Latin/BGN; Latin-ASCII");
    private final Transliterator any = Transliterator.getInstance("Any-Latin; Latin-ASCII");
    /** Transliteration is the costly part and texts repeat their names: keys are kept, up to a bound. */
    private final java.util.Map<String, Sounds> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 50_000;

    /** The sound key of a word: Latin ASCII, lower case, similar sounds merged, double letters single. */
    String key(String word) {
        return key(word, null);
    }

    /**
     * The key of a word, or of a Latin word read through one of the {@link #TRANSCRIPTIONS} instead of the
     * English spelling rules when {@code transcription} is given.
     */
    private String key(String word, Rewrites transcription) {
        boolean isCyrillic = isCyrillic(word);
        String latin = NON_LETTER.matcher((isCyrillic ? cyrillic : any).transliterate(word).toLowerCase(Locale.ROOT)).replaceAll("");
        if (!isCyrillic) {
            if (transcription != null) {
                latin = SOFT_C.matcher(transcription.rewrite(latin)).replaceAll("s");
            } else {
                // c is soft or hard by the letter that follows it in the spelling, before vowels are rewritten (Casey/Кейси)
                latin = SOFT_C.matcher(latin).replaceAll("s");
                // English spelling rules that Russian transcription follows: Kyle/Кайл, Rowe/Роу, Wayde/Уэйд
                latin = ENGLISH_SPELLING_AFTER_OA.rewrite(ENGLISH_SPELLING.rewrite(latin).replace("oa", "ou")).replace("ow", "ou").replace("ew", "yu").replace("aw", "o");
            }
        } else {
            // чж (Palladius zh, Korean j: Чжоу, Чжэ) is one sound, ч
            latin = CYRILLIC_U.rewrite(latin).replace("chzh", "ch");
        }
        latin = HARD_C.matcher(latin).replaceAll("k");
        if (!isCyrillic && transcription == null) {
            latin = FINAL_E.matcher(latin).replaceFirst("");
        }
        for (String[] sound : SOUNDS) {
            latin = latin.replace(sound[0], sound[1]);
        }
        return DOUBLE.matcher(latin).replaceAll("$1");
    }

    private static boolean isCyrillic(String word) {
        return word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
    }

    boolean matches(String a, String b) {
        if (euroCompound(a, b) || euroCompound(b, a)) {
            return true;
        }
        Sounds first = sounds(a);
        Sounds second = sounds(b);
        for (int i = 0; i < first.keys().size(); i++) {
            for (int j = 0; j < second.keys().size(); j++) {
                if (close(first.keys().get(i), second.keys().get(j)) || sameSkeleton(first.skeletons().get(i), second.skeletons().get(j))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Russian makes compounds of евро- (Евролига, Еврокомиссия) where English writes Europa League, European Commission. */
    private static boolean euroCompound(String russian, String latin) {
        return russian.toLowerCase(Locale.ROOT).startsWith("евро") && russian.length() > 5
                && latin.toLowerCase(Locale.ROOT).startsWith("euro");
    }

    /**
     * A stricter test than {@link #matches}, for a name looked up in a whole text's vocabulary, where chance
     * meetings abound once letters are cut (Нильсен as Нил/NY, Окафор as Ока/Oct): only a
     * true Russian case ending is cut.
     */
    boolean same(String a, String b) {
        Sounds first = sounds(a);
        Sounds second = sounds(b);
        for (String ka : List.of(first.keys().get(0), first.bare())) {
            for (String kb : List.of(second.keys().get(0), second.bare())) {
                // a short skeleton alone is a chance meeting too often across a whole text (Chris, Greece/Гарсия share k-r-s)
                String sa = skeleton(ka);
                if (close(ka, kb) || sa.length() >= MIN_SAME_SKELETON && sameSkeleton(sa, skeleton(kb)) && ka.charAt(0) == kb.charAt(0)) {
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
        String sa = sounds(a).stem();
        String sb = sounds(b).stem();
        int allowed = Math.max(sa.length(), sb.length()) >= 6 ? 2 : 1;
        return Math.abs(sa.length() - sb.length()) <= allowed && distance(sa, sb) <= allowed && soundsAlike(sounds(a), sounds(b));
    }

    /**
     * Whether some keys of two words, vowels included, differ in at most {@link #MAX_RESEMBLING_SHARE} of their letters
     * (or two letters, Boy/Бою):
     * a respelling keeps most of its vowels too (Buchanan/Бьюкенен, Dwyer/Дуайера), two names that merely share a few
     * consonants do not (Gary/Окафор, Molinari/Мюллер).
     */
    private static boolean soundsAlike(Sounds first, Sounds second) {
        for (String ka : first.spellings()) {
            for (String kb : second.spellings()) {
                int longer = Math.max(ka.length(), kb.length());
                if (longer > 0 && distance(ka, kb) <= Math.max(2, MAX_RESEMBLING_SHARE * longer)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * What the matcher compares of one word: the keys of the word and of the word without up to three final
     * letters (inflections), their consonant skeletons, the skeleton of the word without a true case
     * ending ({@link #resembles}), and the keys of whole words only: the word, its other transcriptions, the word
     * without a true case ending ({@link #soundsAlike}).
     */
    private record Sounds(List<String> keys, List<String> skeletons, String bare, String stem, List<String> spellings) { }

    private Sounds sounds(String word) {
        Sounds cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        if (cache.size() > CACHE_LIMIT) {
            cache.clear();
        }
        List<String> keys = new ArrayList<>();
        keys.add(key(word));
        boolean inflecting = word.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
        for (int cut = 1; inflecting && cut <= MAX_ENDING && word.length() - cut >= 3; cut++) {
            keys.add(key(word.substring(0, word.length() - cut)));
        }
        if (!isCyrillic(word)) {
            String lower = word.toLowerCase(Locale.ROOT);
            for (Transcription transcription : TRANSCRIPTIONS) {
                String key = transcription.fits().matcher(lower).find() ? key(word, transcription.rewrites()) : keys.get(0);
                if (!keys.contains(key)) {
                    keys.add(key);
                }
            }
        }
        // only true case endings are cut for the stem: cutting any letters would let two names share a skeleton (Putin/Петр-ов)
        String bare = key(CASE_ENDING.matcher(word).replaceFirst(""));
        // one letter is cut at most (Каидо-й): with more cut, any long word meets some short name (Korea/Окаф-ор)
        List<String> spellings = new ArrayList<>(inflecting ? keys.subList(0, Math.min(2, keys.size())) : keys);
        spellings.add(bare);
        Sounds sounds = new Sounds(List.copyOf(keys), keys.stream().map(NameMatcher::skeleton).toList(), bare, skeleton(bare),
                List.copyOf(new java.util.LinkedHashSet<>(spellings)));
        cache.put(word, sounds);
        return sounds;
    }

    /**
     * English spelling and Russian transcription often agree only in consonants (Willoughby/Уиллоуби,
     * Sturridge/Старридж), so keys with the same consonant skeleton of three or more classes match too.
     * Two-consonant skeletons are too common for this (Kyle/Келли).
     */
    private static boolean sameSkeleton(String a, String b) {
        return a.length() >= 3 && a.equals(b);
    }

    private static String skeleton(String key) {
        String s = VOWELS.matcher(SKELETON_U.matcher(key).replaceFirst("v")
                .replace("sh", "S").replace("ch", "S").replace("zh", "S").replace("j", "S").replace("h", ""))
                .replaceAll("")
                .replace('b', 'p').replace('d', 't').replace('g', 'k').replace('z', 's').replace('f', 'v');
        return DOUBLE.matcher(s).replaceAll("$1");
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
        return Math.abs(a.length() - b.length()) <= allowed && distance(a, b) <= allowed;
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
