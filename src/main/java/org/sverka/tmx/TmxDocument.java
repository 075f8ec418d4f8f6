package org.sverka.tmx;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What {@link TmxReader} found in a TMX file: the units with both a source and a target variant, in file
 * order, and one line per kind of oddity it tolerated ("3 units without a ru variant skipped, first at
 * line 40"). The languages are the ones the reader was asked for.
 */
public record TmxDocument(Locale sourceLanguage, Locale targetLanguage, List<TmxUnit> units, List<String> warnings) {
    public TmxDocument {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        units = List.copyOf(units);
        warnings = List.copyOf(warnings);
    }
}
