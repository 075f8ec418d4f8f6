package org.sverka.check;

import java.util.Locale;
import java.util.Objects;

/** What every check may know besides the pairs: the two languages and the user's glossary. */
public record CheckContext(Locale sourceLanguage, Locale targetLanguage, Glossary glossary) {
    public CheckContext {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(glossary, "glossary");
    }

    public CheckContext(Locale sourceLanguage, Locale targetLanguage) {
        this(sourceLanguage, targetLanguage, Glossary.EMPTY);
    }
}
