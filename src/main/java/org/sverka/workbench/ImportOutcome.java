package org.sverka.workbench;

import java.util.List;

import org.sverka.store.TextInfo;

/** What an import did: the stored text, whether it was new, and notes for the user. */
public record ImportOutcome(TextInfo text, boolean created, List<String> notes) {
    public ImportOutcome {
        notes = List.copyOf(notes);
    }
}
