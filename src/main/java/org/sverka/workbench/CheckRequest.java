package org.sverka.workbench;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a check run should do: which checks (empty = all of them) and the user's glossary file, if any.
 * A run of some checks only replaces the stored findings of those checks and keeps the others.
 */
public record CheckRequest(List<String> only, Optional<Path> glossary) {
    public CheckRequest {
        only = List.copyOf(only);
        Objects.requireNonNull(glossary, "glossary");
    }

    /** Every check, no glossary. */
    public CheckRequest() {
        this(List.of(), Optional.empty());
    }

    public CheckRequest withOnly(List<String> checkIds) {
        return new CheckRequest(checkIds, glossary);
    }

    public CheckRequest withGlossary(Path file) {
        return new CheckRequest(only, Optional.of(file));
    }
}
