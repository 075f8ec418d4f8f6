package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Stops a zip bomb dressed as DOCX or ODT before Tika sees it. Tika's own guard only counts the characters
 * a parser emits, and POI first builds the whole document in memory, so a 64 KB file holding 64 MB of text
 * takes seconds and hundreds of megabytes before it is caught. This guard inflates the archive once,
 * streaming and discarding, and gives up as soon as the bytes out exceed {@value #MAX_RATIO} times the
 * bytes in (and at least {@value #GRACE_BYTES} bytes), which no genuine word-processor file comes near:
 * their XML compresses about ten to one.
 */
final class ZipExpansionGuard {
    static final int MAX_RATIO = 100;
    static final long GRACE_BYTES = 1L << 20;

    private ZipExpansionGuard() {
    }

    static boolean isZip(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /**
     * @throws UnreadableDocumentException if the archive expands too much or cannot be inflated at all
     */
    static void check(Path file, long size, String fileName, String format) {
        long limit = Math.max(GRACE_BYTES, size * MAX_RATIO);
        long inflated = 0;
        byte[] buffer = new byte[64 * 1024];
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    inflated += n;
                    if (inflated > limit) {
                        throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s expands to far more data"
                                + " than its size (a zip bomb?): over %,d bytes from %,d, so sverka stopped reading"
                                + " it. If the document is genuine, save it as PDF or plain text, which are not zipped, and import that.",
                                fileName, limit, size));
                    }
                }
            }
        } catch (IOException e) {
            throw new UnreadableDocumentException(fileName + " could not be read as "
                    + DocumentFormats.displayName(format) + ": " + TikaParagraphReader.oneLine(e)
                    + ". The file may be damaged or truncated; open it and save it again.", e);
        }
    }
}
