package org.sverka.check;

import java.util.Locale;
import java.util.Objects;

/**
 * What every check may know besides the pairs: the two languages, the user's glossary and the user's
 * bilingual dictionary ({@link WordTranslations#NONE} when there is none; the checks then work as without it).
 */
public record CheckContext(Locale sourceLanguage, Locale targetLanguage, Glossary glossary, WordTranslations translations) {
    public CheckContext {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(glossary, "glossary");
        Objects.requireNonNull(translations, "translations");
    }

    public CheckContext(Locale sourceLanguage, Locale targetLanguage, Glossary glossary) {
        this(sourceLanguage, targetLanguage, glossary, WordTranslations.NONE);
    }

    public CheckContext(Locale sourceLanguage, Locale targetLanguage) {
        this(sourceLanguage, targetLanguage, Glossary.EMPTY);
    }

    /** The same context with the user's dictionary. */
    public CheckContext withTranslations(WordTranslations newTranslations) {
        return new CheckContext(sourceLanguage, targetLanguage, glossary, newTranslations);
    }
}
