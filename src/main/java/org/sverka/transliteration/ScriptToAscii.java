package org.sverka.transliteration;

import java.text.Normalizer;
import java.util.Optional;

/**
 * Lower-case ASCII for lower-case words in Latin letters with diacritics or in Cyrillic, giving what ICU's
 * {@code Any-Latin; Latin-ASCII; Lower} gives for them (ISO 9 for Cyrillic: ж z, ш s, щ s, ч c, х h, ц c,
 * ю u, я a) without loading ICU's transliteration rules, which costs more than the whole of a
 * small alignment. Other scripts are left to ICU.
 */
final class ScriptToAscii {
    /** Lower-case Cyrillic а (U+0430) to я (U+044F). */
    private static final String[] CYRILLIC = {"a", "b", "v", "g", "d", "e", "z", "z", "i", "j", "k", "l", "m", "n",
        "o", "p", "r", "s", "t", "u", "f", "h", "c", "c", "s", "s", "\"", "y", "'", "e", "u", "a"};
    private static final String CYRILLIC_EXTRA = "ёіїєґўјљњћђџ";
    private static final String CYRILLIC_EXTRA_ASCII = "eiiegujlncdd";
    private static final String LATIN_SPECIAL = "ßæøœłđıþðĸ";
    private static final String[] LATIN_SPECIAL_ASCII = {"ss", "ae", "o", "oe", "l", "d", "i", "th", "d", "q"};

    private ScriptToAscii() {
    }

    /**
     * The word in lower-case ASCII, or empty when it has a letter of another script.
     *
     * @param anyMark drop a lone combining mark of any script; false: only those of U+0300-U+036F, and a word
     *                with another (a Devanagari or Thai vowel sign, a Cyrillic titlo) is left to ICU, which
     *                romanises some of them (U+0942 as u)
     */
    static Optional<String> transliterate(String word, boolean anyMark) {
        StringBuilder out = new StringBuilder(word.length() + 4);
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c < 128) {
                out.append(Character.toLowerCase(c));
            } else if (c >= '\u0430' && c <= '\u044f') {
                out.append(CYRILLIC[c - '\u0430']);
            } else if (CYRILLIC_EXTRA.indexOf(c) >= 0) {
                out.append(CYRILLIC_EXTRA_ASCII.charAt(CYRILLIC_EXTRA.indexOf(c)));
            } else if (LATIN_SPECIAL.indexOf(c) >= 0) {
                out.append(LATIN_SPECIAL_ASCII[LATIN_SPECIAL.indexOf(c)]);
            } else if (!appendLatinBase(c, anyMark, out)) {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    /** é, ü, ñ: the ASCII letter under the marks; false for any other character. */
    private static boolean appendLatinBase(char c, boolean anyMark, StringBuilder out) {
        if (Character.getType(c) == Character.NON_SPACING_MARK) {
            return anyMark || c >= '\u0300' && c <= '\u036f';
        }
        String decomposed = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
        if (decomposed.length() < 2 || decomposed.charAt(0) >= 128) {
            return false;
        }
        for (int k = 1; k < decomposed.length(); k++) {
            if (Character.getType(decomposed.charAt(k)) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        out.append(Character.toLowerCase(decomposed.charAt(0)));
        return true;
    }
}
