package org.sverka.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Checks that a file Tika takes for an EPUB (often only by its name) has the container file that names the
 * book's package document, so that a zip renamed to .epub gets a message a user understands rather than
 * Tika's bare "EpubZipException".
 */
final class EpubContainer {
    static final String CONTAINER = "META-INF/container.xml";

    private EpubContainer() {
    }

    static void check(Path file, String fileName) {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(CONTAINER)) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName + " could not be read as EPUB: "
                    + TikaParagraphReader.oneLine(e) + ". The file may be damaged or truncated; download it again.", e);
        }
        throw new UnreadableDocumentException(fileName + " is not a complete EPUB book: it has no " + CONTAINER
                + ", which names the book's contents. It may be damaged, or another zip renamed; convert the book"
                + " again (Calibre) or check that this is the right file.");
    }
}
