package org.sverka.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check run should do: which checks (empty = all of them), the user's glossary file and the user's
 * bilingual dictionary file (.dic, TSV or dictd .index), if any. A run of some checks only replaces the stored
 * findings of those checks and keeps the others.
 */
public record CheckRequest(List<String> only, Optional<Path> glossary, Optional<Path> dictionary) {
    public CheckRequest {
        only = List.copyOf(only);
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(dictionary, "dictionary");
    }

    public CheckRequest(List<String> only, Optional<Path> glossary) {
        this(only, glossary, Optional.empty());
    }

    /** Every check, no glossary, no dictionary. */
    public CheckRequest() {
        this(List.of(), Optional.empty());
    }

    public CheckRequest withOnly(List<String> checkIds) {
        return new CheckRequest(checkIds, glossary, dictionary);
    }

    public CheckRequest withGlossary(Path file) {
        return new CheckRequest(only, Optional.of(file), dictionary);
    }

    /** The same request with the user's dictionary, which lets LENGTH_RATIO name the words a translation dropped. */
    public CheckRequest withDictionary(Path file) {
        return new CheckRequest(only, glossary, Optional.of(file));
    }
}
