package org.sverka.transliteration;

/**
 * What the aligner and the checks tune differently in a {@link SpellingSkeleton}.
 *
 * @param mergeKIntoC        k, q and tz written as c, x as ks (Brexit ~ Брексит, Katar ~ Qatar); off, k and q
 *                           stay apart and tz and x stay as they are
 * @param asciiOnly          keep only the letters a-z and the digits 0-9 of the transliteration; off, any letter or
 *                           digit is kept (a script ICU cannot romanise still matches itself)
 * @param shortestEqualMatch the shortest skeleton that matches an equal one among those too short for prefixes
 *                           (2: two-letter acronyms; 3: fewer chance matches of short words)
 * @param dropForeignMarks   in a Latin or Cyrillic word, drop a lone combining mark of another script (a
 *                           Devanagari vowel sign, a Cyrillic titlo) as {@link ScriptToAscii} always did; off,
 *                           such a word is romanised by ICU, mark and all, as ICU alone would do it
 */
public record SkeletonSettings(boolean mergeKIntoC, boolean asciiOnly, int shortestEqualMatch,
                               boolean dropForeignMarks) {
    public SkeletonSettings {
        if (shortestEqualMatch < 1 || shortestEqualMatch > SpellingSkeleton.MIN_PREFIX_LENGTH) {
            throw new IllegalArgumentException("shortestEqualMatch must be 1 to " + SpellingSkeleton.MIN_PREFIX_LENGTH
                    + ", was " + shortestEqualMatch);
        }
    }
}
