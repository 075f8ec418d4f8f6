package org.sverka.shell;

import org.sverka.SverkaException;

/** The --from and --count of a page of pairs, refused with the valid range when out of it. */
record PageRange(int from, int count) {

    static PageRange of(int from, int count, String text, int pairsInText) {
        if (from < 1) {
            throw new SverkaException("--from " + from + " is not a pair number: '" + text + "' has pairs 1 to "
                    + pairsInText + ".");
        }
        if (count < 1) {
            throw new SverkaException("--count " + count + " shows no pairs: give 1 or more pairs per page.");
        }
        return new PageRange(from, count);
    }
}
