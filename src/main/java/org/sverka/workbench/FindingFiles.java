package org.sverka.workbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;

import org.sverka.SverkaException;
import org.sverka.store.TextInfo;

/**
 * Writes a report or a findings export in UTF-8 under a temporary name beside its destination and moves it
 * into place at the end, so that a failure never leaves half a file.
 */
final class FindingFiles {
    private FindingFiles() {
    }

    /** alignments/&lt;name&gt;&lt;suffix&gt; under the working directory, the name made safe for a file. */
    static Path defaultOutput(TextInfo text, String suffix) {
        return Path.of("alignments", text.name().replaceAll("[^\\p{L}\\p{N}._-]+", "_") + suffix);
    }

    /** Writes to {@code output}; a folder gets the default file name inside it. Returns the file written. */
    static Path write(Path output, TextInfo text, String suffix, Consumer<Writer> content) {
        Path destination = output.toAbsolutePath();
        if (Files.isDirectory(destination)) {
            destination = destination.resolve(defaultOutput(text, suffix).getFileName());
        }
        Path temp = destination.resolveSibling("." + destination.getFileName() + ".part");
        try {
            Files.createDirectories(destination.getParent());
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.accept(writer);
            }
            Files.move(temp, destination, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return destination;
        } catch (IOException | UncheckedIOException e) {
            throw new SverkaException("Could not write " + destination + ": " + e.getMessage()
                    + ". Check that the folder is writable or give another --output.", e);
        } finally {
            deleteLeftover(temp);
        }
    }

    private static void deleteLeftover(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the file itself was written or its failure reported; only the temporary copy stays behind
            System.getLogger(FindingFiles.class.getName()).log(System.Logger.Level.WARNING, "could not delete " + temp, e);
        }
    }
}
