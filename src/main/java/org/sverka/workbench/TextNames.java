package org.sverka.workbench;

import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

import org.sverka.SverkaException;

/** Text names: checked when given, derived from the source file name when not. */
final class TextNames {
    private static final Pattern EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,5}$");

    private TextNames() {
    }

    /** "talks.en.html" with source language en gives "talks". */
    static String fromFile(Path file, Locale language) {
        String name = file.getFileName().toString();
        name = EXTENSION.matcher(name).replaceFirst("");
        String suffix = "." + language.getLanguage();
        if (name.toLowerCase(Locale.ROOT).endsWith(suffix) && name.length() > suffix.length()) {
            name = name.substring(0, name.length() - suffix.length());
        }
        return check(name);
    }

    static String check(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new SverkaException("A text name must not be empty.");
        }
        if (stripped.codePoints().anyMatch(Character::isISOControl)) {
            throw new SverkaException("A text name must not contain control characters (tabs, line breaks).");
        }
        return stripped;
    }
}
