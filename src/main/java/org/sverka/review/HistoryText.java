package org.sverka.review;

/**
 * Escaping of free text inside one stored history line: backslash, line breaks and (where the text is
 * not the last field) the field separator '|' are written as \\, \n, \r and \p.
 */
final class HistoryText {
    private HistoryText() {
    }

    /** Escapes backslash and line breaks; for a last field, which may hold '|' as it is. */
    static String escapeLastField(String text) {
        return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Escapes backslash, line breaks and '|', for a field followed by others. */
    static String escapeField(String text) {
        return escapeLastField(text).replace("|", "\\p");
    }

    /** Reverses either escape; throws IllegalArgumentException on an unknown escape. */
    static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char next = ++i < text.length() ? text.charAt(i) : '?';
            switch (next) {
                case '\\' -> out.append('\\');
                case 'p' -> out.append('|');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                default -> throw new IllegalArgumentException("bad escape \\" + next);
            }
        }
        return out.toString();
    }
}
