package org.sverka.importer;

import com.ibm.icu.text.Normalizer2;

/**
 * Turns the raw text of one paragraph into the form sverka stores: NFC, every kind of space or line break
 * as one ASCII space, no soft hyphens or zero-width characters, no leading or trailing space.
 */
final class ParagraphTextNormaliser {
    private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

    private ParagraphTextNormaliser() {
    }

    static String normalise(CharSequence raw) {
        StringBuilder out = new StringBuilder(raw.length());
        boolean pendingSpace = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (isInvisible(c)) {
                continue;
            }
            if (isSpace(c)) {
                pendingSpace = out.length() > 0;
                continue;
            }
            if (pendingSpace) {
                out.append(' ');
                pendingSpace = false;
            }
            out.append(c);
        }
        // PDFs and some editors store letters decomposed (и + combining breve for й); NFC recomposes them.
        return NFC.isNormalized(out) ? out.toString() : NFC.normalize(out);
    }

    private static boolean isInvisible(char c) {
        return c == '\u00AD' // soft hyphen: only a hint where a word may be broken
                || c == '\u200B' || c == '\u2060' || c == '\uFEFF' // zero-width space, word joiner, stray BOM
                || (Character.getType(c) == Character.CONTROL && !isSpace(c));
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
