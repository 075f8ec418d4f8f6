package org.sverka.tmx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts the oddities of one TMX file by kind, so that a file with 100,000 bad units yields one warning
 * line, not 100,000; in strict mode the first oddity is an error instead.
 */
final class Oddities {

    enum Kind {
        NO_HEADER("the file has no <header>"),
        SOURCE_LANGUAGE("the header's srclang is %s, not the source language asked for"),
        NO_LANGUAGE("<tuv> without xml:lang ignored"),
        NO_SOURCE("units without a %s variant skipped"),
        NO_TARGET("units without a %s variant skipped"),
        SEVERAL_SOURCES("units with several %s variants: the first kept"),
        SEVERAL_TARGETS("units with several %s variants: the first kept"),
        UNKNOWN_MARKUP("unknown elements inside <seg> (first <%s>): their text kept");

        private final String description;

        Kind(String description) {
            this.description = description;
        }
    }

    private record Tally(int count, int firstLine, String detail) {
    }

    private final Path file;
    private final boolean strict;
    private final Map<Kind, Tally> tallies = new EnumMap<>(Kind.class);

    Oddities(Path file, boolean strict) {
        this.file = file;
        this.strict = strict;
    }

    void add(Kind kind, int line, int column, String detail) {
        if (strict) {
            throw new MalformedTmxException("TMX file " + file + ", line " + line + ", column " + column + ": "
                    + kind.description.formatted(detail) + " (strict mode); fix the file or read it leniently",
                    line, column);
        }
        Tally before = tallies.get(kind);
        tallies.put(kind, before == null ? new Tally(1, line, detail)
                : new Tally(before.count() + 1, before.firstLine(), before.detail()));
    }

    /** One line per kind, in the order of {@link Kind}: "units without a ru variant skipped: 3 (first at line 40)". */
    List<String> warnings() {
        List<String> warnings = new ArrayList<>();
        tallies.forEach((kind, tally) -> warnings.add(kind.description.formatted(tally.detail())
                + ": " + tally.count() + " (first at line " + tally.firstLine() + ")"));
        return warnings;
    }
}
