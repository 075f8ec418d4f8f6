package org.sverka.shell;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.sverka.SverkaException;

/** Parses a file option; "~/" is expanded as a shell would, since paths are often typed inside sverka's shell. */
final class FileOption {
    private FileOption() {
    }

    static Path path(String option, String value) {
        String expanded = value.startsWith("~/") ? System.getProperty("user.home") + value.substring(1) : value;
        try {
            return Path.of(expanded);
        } catch (InvalidPathException e) {
            throw new SverkaException("Not a valid path for " + option + ": '" + value + "' (" + e.getReason() + ").", e);
        }
    }
}
