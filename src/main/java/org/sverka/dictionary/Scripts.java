package org.sverka.dictionary;

import com.ibm.icu.lang.UScript;

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
