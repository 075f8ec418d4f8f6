package org.sverka.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads the one FB2 book inside a zip ({@code book.fb2.zip}, the way most FB2 books are shared), after
 * {@link ZipExpansionGuard} has checked that the archive is no zip bomb. Any other zip is refused with a
 * message that says what it holds.
 */
final class ZippedFb2 {
    private ZippedFb2() {
    }

    static ExtractedText read(Path file, long size, String fileName, Fb2Reader reader) {
        ZipExpansionGuard.check(file, size, fileName, "application/zip");
        List<String> books = books(file, fileName);
        if (books.size() != 1) {
            throw new UnreadableDocumentException(books.isEmpty()
                    ? fileName + " is a zip archive without an FB2 book (.fb2) in it. sverka reads a zip only when"
                    + " it holds one FB2 book; unpack it and import the document inside."
                    : fileName + " is a zip archive of " + books.size() + " FB2 books (" + String.join(", ", books)
                    + "). Unpack it and import the books one by one.");
        }
        String book = books.get(0);
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals(book)) {
                    return reader.read(zip, fileName + "!" + entryName(book));
                }
            }
            throw new IllegalStateException("the zip entry " + book + " was listed but not found again");
        } catch (IOException e) {
            throw damaged(fileName, e);
        }
    }

    private static List<String> books(Path file, String fileName) {
        List<String> books = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (!entry.isDirectory() && entry.getName().toLowerCase(Locale.ROOT).endsWith(".fb2")) {
                    books.add(entry.getName());
                }
            }
        } catch (IOException e) {
            throw damaged(fileName, e);
        }
        return books;
    }

    private static String entryName(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static UnreadableDocumentException damaged(String fileName, IOException e) {
        return new UnreadableDocumentException(fileName + " could not be read as a zip archive: "
                + TikaParagraphReader.oneLine(e) + ". The file may be damaged or truncated; download it again.", e);
    }
}
