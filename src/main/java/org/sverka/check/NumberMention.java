package org.sverka.check;

import java.util.Set;

/**
 * A number found in a text: where it is, every value it may stand for (as keys, see {@link #key}),
 * and whether it was written with digits. "1,000" may be 1000 or 1.0; "38.5 billion" is 38.5 and
 * 38.5e9; "3 pm" is 3 and 15. Two mentions match when their value sets meet. A number with a unit also
 * carries its value in the other measuring system: {@code metric} for miles or °F, {@code imperial} for km
 * or °C (NaN without such a unit).
 */
record NumberMention(Span span, Set<Long> keys, boolean digits, double metric, double imperial) {
    /** How far a translator's rounding of a converted unit may go: 15%, and at least 1. */
    private static final double ROUNDING = 0.15;

    NumberMention {
        keys = Set.copyOf(keys);
    }

    NumberMention(Span span, Set<Long> keys, boolean digits) {
        this(span, keys, digits, Double.NaN, Double.NaN);
    }

    /** Values compared at a precision of 1/100, enough for prices and percentages. */
    static long key(double value) {
        return Math.round(Math.abs(value) * 100);
    }

    /**
     * Whether the two can be the same quantity: a shared value, or, when one has a unit (miles, inches, °F;
     * km, cm, °C) and so a value in the other measuring system ({@link #metric} or {@link #imperial}), the
     * other, unless it has a unit of that same system, is that value rounded.
     */
    boolean matches(NumberMention other) {
        for (long k : keys) {
            if (other.keys.contains(k)) {
                return true;
            }
        }
        return converts(this, other) || converts(other, this);
    }

    private static boolean converts(NumberMention measured, NumberMention other) {
        return !Double.isNaN(measured.metric) && Double.isNaN(other.metric) && near(measured.metric, other)
                || !Double.isNaN(measured.imperial) && Double.isNaN(other.imperial) && near(measured.imperial, other);
    }

    private static boolean near(double converted, NumberMention other) {
        double tolerance = Math.max(1, ROUNDING * Math.abs(converted));
        return other.keys.stream().anyMatch(k -> Math.abs(k / 100.0 - converted) <= tolerance);
    }
}
