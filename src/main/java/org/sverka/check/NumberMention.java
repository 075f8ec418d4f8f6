package org.sverka.check;

import java.util.Set;

/**
 * A number found in a text: where it is, every value it may stand for (as keys, see {@link #key}),
 * and whether it was written with digits. "1,000" may be 1000 or 1.0; "38.5 billion" is 38.5 and
 * 38.5e9; "3 pm" is 3 and 15. Two mentions match when their value sets meet.
 */
record NumberMention(Span span, Set<Long> keys, boolean digits) {
    NumberMention {
        keys = Set.copyOf(keys);
    }

    /** Values compared at a precision of 1/100, enough for prices and percentages. */
    static long key(double value) {
        return Math.round(Math.abs(value) * 100);
    }

    boolean matches(NumberMention other) {
        for (long k : keys) {
            if (other.keys.contains(k)) {
                return true;
            }
        }
        return false;
    }
}
