package org.sverka.dictionary;

import com.ibm.icu.lang.UScript;
import java.util.Locale;

/** The writing system of a word, as ICU names it, ignoring digits and punctuation (script COMMON). */
final class Scripts {
    private Scripts() {
    }

    /** The script of the first letter, or {@link UScript#COMMON} for text without letters. */
    static int of(String text) {
        for (int k = 0; k < text.length(); k = text.offsetByCodePoints(k, 1)) {
            int c = text.codePointAt(k);
            if (Character.isLetter(c)) {
                return UScript.getScript(c);
            }
        }
        return UScript.COMMON;
    }

    /** The script a language is written in, Latin when ICU does not say. */
    static int of(Locale language) {
        int[] codes = UScript.getCode(language);
        return codes == null || codes.length == 0 ? UScript.LATIN : codes[0];
    }

    static boolean hasLetterAndNoneOf(String text, int script) {
        boolean letter = false;
        for (int k = 0; k < text.length(); k = text.offsetByCodePoints(k, 1)) {
            int c = text.codePointAt(k);
            if (Character.isLetter(c)) {
                if (UScript.getScript(c) == script) {
                    return false;
                }
                letter = true;
            }
        }
        return letter;
    }
}
