package org.sverka.workbench;

import java.nio.file.Path;
import java.util.Objects;

/** A file written by a report or an export of findings, and how many findings went into it. */
public record FileOutcome(Path file, int findings) {
    public FileOutcome {
        Objects.requireNonNull(file, "file");
    }
}
