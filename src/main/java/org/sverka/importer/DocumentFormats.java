package org.sverka.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;

/** Which Tika media types sverka imports, and how: decoded as plain text, or parsed by Tika into XHTML. */
final class DocumentFormats {
    /** For messages: the formats sverka reads. */
    static final String READABLE = "TXT, HTML, XHTML, DOCX, DOC, ODT, RTF, PDF, EPUB and FB2";

    /** FictionBook 2, read by {@link Fb2Reader}; Tika knows the type but has no parser that keeps its paragraphs. */
    static final MediaType FB2 = MediaType.application("x-fictionbook+xml");

    static final MediaType EPUB = MediaType.application("epub+zip");

    private static final Set<MediaType> PARSED = Set.of(
            MediaType.text("html"),
            MediaType.application("xhtml+xml"),
            MediaType.application("vnd.openxmlformats-officedocument.wordprocessingml.document"),
            MediaType.application("msword"),
            MediaType.application("vnd.oasis.opendocument.text"),
            MediaType.application("rtf"),
            MediaType.application("pdf"),
            EPUB);
    /** What a file name promises, to tell a damaged DOCX from something that never was one. */
    private static final Map<String, String> EXTENSIONS = Map.of("docx", "DOCX", "odt", "ODT", "pdf", "PDF",
            "doc", "DOC", "rtf", "RTF", "epub", "EPUB", "fb2", "FB2");
    private static final Map<String, String> NAMES = Map.ofEntries(Map.entry("text/html", "HTML"),
            Map.entry("application/xhtml+xml", "XHTML"),
            Map.entry("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
            Map.entry("application/msword", "DOC"), Map.entry("application/vnd.oasis.opendocument.text", "ODT"),
            Map.entry("application/rtf", "RTF"), Map.entry("application/pdf", "PDF"), Map.entry("text/plain", "TXT"),
            Map.entry("application/epub+zip", "EPUB"), Map.entry(FB2.toString(), "FB2"),
            Map.entry("application/zip", "ZIP"));
    private static final MediaTypeRegistry REGISTRY = MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

    private DocumentFormats() {
    }

    /** Plain text read by sverka itself: text/plain and its kinds (Markdown, CSV, logs), but not markup. */
    static boolean isPlainText(MediaType type) {
        MediaType base = type.getBaseType();
        return base.equals(MediaType.TEXT_PLAIN) || (base.getType().equals("text") && !PARSED.contains(base)
                && !base.getSubtype().contains("xml") && REGISTRY.isSpecializationOf(base, MediaType.TEXT_PLAIN));
    }

    static boolean isFb2(MediaType type) {
        return type.getBaseType().equals(FB2);
    }

    static boolean isEpub(MediaType type) {
        return type.getBaseType().equals(EPUB);
    }

    static boolean isZip(MediaType type) {
        return type.getBaseType().equals(MediaType.APPLICATION_ZIP);
    }

    static boolean isParsedByTika(MediaType type) {
        return PARSED.contains(type.getBaseType());
    }

    /** The short name users know a format by ("DOCX"), or the MIME type itself. */
    static String displayName(String mimeType) {
        return NAMES.getOrDefault(mimeType, mimeType);
    }

    /**
     * True when {@code fileName} ends in .epub or .fb2 but the content is something else (a text file or web
     * page renamed): an e-book name is a promise sverka holds a file to, since a reader would get the wrong text.
     */
    static boolean breaksBookPromise(String fileName, MediaType type) {
        String promised = promisedBy(fileName);
        return (promised.equals("EPUB") || promised.equals("FB2"))
                && !promised.equals(displayName(type.getBaseType().toString()));
    }

    /** "DOCX" when the file name ends in .docx (or another readable binary format), else "". */
    static String promisedBy(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : EXTENSIONS.getOrDefault(fileName.substring(dot + 1).toLowerCase(Locale.ROOT), "");
    }
}
