package org.sverka.shell;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.sverka.SverkaException;

/** Parses a language option: an ISO 639 code such as en, ru, de, fr (a region is allowed: en-GB). */
final class LanguageOption {
    private static final Set<String> ISO_LANGUAGES = Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toSet());

    private LanguageOption() {
    }

    static Locale parse(String option, String value) {
        Locale locale = Locale.forLanguageTag(value.strip().replace('_', '-'));
        if (locale.getLanguage().isEmpty() || !ISO_LANGUAGES.contains(locale.getLanguage())) {
            throw new SverkaException("Unknown language '" + value + "' for " + option
                    + ": give an ISO 639 code such as en, ru, de, fr, uk, be.");
        }
        return locale;
    }
}
