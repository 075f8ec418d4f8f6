package org.sverka.tmx;

/**
 * How {@link TmxReader} treats oddities in a well-formed TMX file (a unit lacking one language, several
 * target variants, no header, unknown markup in a segment).
 *
 * @param strict false (the default): skip or repair, and report them in {@link TmxDocument#warnings()};
 *               true: stop at the first one with a {@link MalformedTmxException}
 */
public record TmxReadOptions(boolean strict) {

    public TmxReadOptions() {
        this(false);
    }

    public static TmxReadOptions lenient() {
        return new TmxReadOptions(false);
    }

    public static TmxReadOptions strictOptions() {
        return new TmxReadOptions(true);
    }
}
