package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Creates the files the writers stream into, with one message when that fails. */
final class ExportFiles {
    private ExportFiles() {
    }

    /** Creates (or truncates) {@code file}; {@code kind} names it in the message, e.g. "TMX file". */
    static OutputStream create(Path file, String kind) {
        try {
            return Files.newOutputStream(file);
        } catch (IOException e) {
            throw new ExportException("cannot create " + kind + " " + file + ": " + e.getMessage()
                    + "; check that the folder exists and is writable", e);
        }
    }
}
