package org.sverka.align;

/**
 * Writes a number the same way whatever the locale's separators: "34,4" and "34.4" become "34.4";
 * "1,000", "1 000", "1.000" and "1000" become "1000". A separator followed by exactly three digits is
 * read as digit grouping, any other as the decimal mark (so "3,141" reads as 3141: rare, and harmless
 * because both sides are normalised alike).
 */
final class NumberNormalizer {

    private NumberNormalizer() {
    }

    static String normalize(String number) {
        String[] groups = number.split("[.,\\u00A0\\u202F\\u2009 ']");
        StringBuilder out = new StringBuilder(groups[0]);
        for (int g = 1; g < groups.length; g++) {
            out.append(groups[g].length() == 3 ? "" : ".").append(groups[g]);
        }
        String result = out.toString();
        int start = 0;
        while (start < result.length() - 1 && result.charAt(start) == '0' && result.charAt(start + 1) != '.') {
            start++;
        }
        return result.substring(start);
    }
}
