package org.sverka.export;

import java.util.Locale;

/** The headings of a text column in the table exports: the language's English name and its tag, "Russian (ru)". */
final class ColumnHeadings {
    private ColumnHeadings() {
    }

    static String of(Locale language) {
        String name = language.getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? language.toLanguageTag() : name + " (" + language.toLanguageTag() + ")";
    }
}
