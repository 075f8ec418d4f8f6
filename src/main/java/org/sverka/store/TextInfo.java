package org.sverka.store;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/** A bilingual text as listed: its documents' files and languages, sizes, and how many pairs it has. */
public record TextInfo(long id, String name, Locale sourceLanguage, Locale targetLanguage,
                       String sourceFile, String targetFile, int sourceSentences, int targetSentences,
                       int pairs, Instant created) {
    public TextInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(sourceFile, "sourceFile");
        Objects.requireNonNull(targetFile, "targetFile");
        Objects.requireNonNull(created, "created");
    }
}
