package org.sverka.workbench;

import java.nio.file.Path;
import java.util.List;

/** Files written by an export and how many pairs went into them. */
public record ExportOutcome(List<Path> files, long pairs) {
    public ExportOutcome {
        files = List.copyOf(files);
    }
}
