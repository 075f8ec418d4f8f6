package org.sverka.export;

/**
 * Keeps text writable as XML 1.0. Control characters other than tab, line feed and carriage return,
 * U+FFFE, U+FFFF and unpaired surrogates cannot appear in an XML 1.0 document, not even as character
 * references, so they are dropped: a TMX file with one of them is rejected whole by Okapi and OmegaT.
 */
final class XmlCharacters {

    private XmlCharacters() {
    }

    /** {@code text} without the characters XML 1.0 forbids; the same instance when all are allowed. */
    static String keepAllowed(String text) {
        int first = firstForbidden(text);
        if (first < 0) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        kept.append(text, 0, first);
        int i = first;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            int width = Character.charCount(codePoint);
            if (isAllowed(codePoint)) {
                kept.appendCodePoint(codePoint);
            }
            i += width;
        }
        return kept.toString();
    }

    private static int firstForbidden(String text) {
        int i = 0;
        while (i < text.length()) {
            int codePoint = text.codePointAt(i);
            if (!isAllowed(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    // XML 1.0, production [2] Char. codePointAt returns a lone surrogate as itself, which falls outside.
    static boolean isAllowed(int c) {
        return c == 0x9 || c == 0xA || c == 0xD
                || (c >= 0x20 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
