package org.sverka.importer;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.sverka.model.Paragraph;

/**
 * Reads one document of any format sverka knows (TXT, HTML, DOCX, DOC, ODT, RTF, PDF, EPUB, FB2 and FB2 in a zip)
 * into paragraphs,
 * records what it is (name, size, SHA-256, format, charset) and checks it is in the expected language.
 * Thread-safe: one instance can import many files.
 */
public final class DocumentImporter {
    private final ImportLimits limits;
    private final Detector detector = new DefaultDetector();
    private final TikaParagraphReader tika;
    private final Fb2Reader fb2;
    private final LanguageGuard languageGuard = new LanguageGuard();

    /** Default limits: 200 MB per file, 50 million characters. */
    public DocumentImporter() {
        this(new ImportLimits());
    }

    public DocumentImporter(ImportLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        this.tika = new TikaParagraphReader(limits.maxChars());
        this.fb2 = new Fb2Reader(limits.maxChars());
    }

    /**
     * Imports {@code file}, expected to be written in {@code expectedLanguage}.
     *
     * @throws UnreadableDocumentException when the file is missing, empty, too big, not a document, damaged,
     *                                     password-protected or a decompression bomb
     * @throws WrongLanguageException      when its letters do not fit {@code expectedLanguage}
     */
    public ImportedDocument read(Path file, Locale expectedLanguage) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(expectedLanguage, "expectedLanguage");
        String fileName = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = checkedSize(file, fileName);
        String sha256 = sha256(file);
        MediaType format = detect(file, expectedLanguage);
        if (DocumentFormats.breaksBookPromise(fileName, format)) {
            throw new UnreadableDocumentException(fileName + " is not an " + DocumentFormats.promisedBy(fileName)
                    + " book: its content looks like " + format + ". It may be damaged, or another file renamed;"
                    + " check that this is the right file.");
        }
        ExtractedText extracted;
        if (DocumentFormats.isPlainText(format)) {
            extracted = readPlainText(file, fileName, expectedLanguage);
        } else if (DocumentFormats.isFb2(format)) {
            extracted = readFb2(file, fileName);
        } else if (DocumentFormats.isZip(format)) {
            extracted = ZippedFb2.read(file, size, fileName, fb2);
        } else if (DocumentFormats.isParsedByTika(format)) {
            extracted = parse(file, size, fileName, format.toString(), expectedLanguage);
        } else {
            throw unsupported(fileName, format);
        }
        List<String> texts = extracted.paragraphs();
        if (texts.isEmpty()) {
            throw new UnreadableDocumentException(fileName + " contains no text (" + format
                    + "). A scanned PDF or a picture needs OCR first; otherwise check that this is the right file.");
        }
        languageGuard.check(fileName, String.join("\n", texts), expectedLanguage);
        List<Paragraph> paragraphs = new ArrayList<>(texts.size());
        for (String text : texts) {
            paragraphs.add(new Paragraph(paragraphs.size(), text));
        }
        return new ImportedDocument(fileName, size, sha256, format.toString(), extracted.encoding(), expectedLanguage,
                paragraphs, extracted.notes());
    }

    private long checkedSize(Path file, String fileName) {
        if (Files.isDirectory(file)) {
            throw new UnreadableDocumentException(file + " is a folder, not a document."
                    + " Give the path of a file in it.");
        }
        if (!Files.exists(file)) {
            throw new UnreadableDocumentException(file + " does not exist. Check the path and the file name.");
        }
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new UnreadableDocumentException(fileName + " is empty (0 bytes): there is nothing to import.");
            }
            if (size > limits.maxFileBytes()) {
                throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s has %,d bytes, over the import "
                        + "limit of %,d bytes. Split it into smaller documents.",
                        fileName, size, limits.maxFileBytes()));
            }
            return size;
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw cannotOpen(file, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private MediaType detect(Path file, Locale expectedLanguage) {
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(file, metadata)) {
            MediaType type = detector.detect(in, metadata).getBaseType();
            return type.equals(MediaType.OCTET_STREAM) && PlainTextSniffer.looksLikeText(file, expectedLanguage)
                    ? MediaType.TEXT_PLAIN : type;
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    private ExtractedText readPlainText(Path file, String fileName, Locale expectedLanguage) {
        byte[] bytes = readAll(file);
        Charset charset = new TextCharsetDetector(expectedLanguage).choose(bytes, false);
        return new ExtractedText(PlainTextParagraphs.split(decode(bytes, charset, fileName)), charset.name());
    }

    private ExtractedText readFb2(Path file, String fileName) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            return fb2.read(in, fileName);
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    private ExtractedText parse(Path file, long size, String fileName, String format, Locale expectedLanguage) {
        try {
            if (ZipExpansionGuard.isZip(file)) {
                ZipExpansionGuard.check(file, size, fileName, format);
                if (DocumentFormats.isEpub(MediaType.parse(format))) {
                    EpubContainer.check(file, fileName);
                }
            }
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
        try (TikaInputStream in = format.startsWith("text/html")
                ? TikaInputStream.get(DoctypeSubsetRemover.wrap(Files.newInputStream(file))) : TikaInputStream.get(file)) {
            return tika.read(in, fileName, format, expectedLanguage);
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw cannotOpen(file, e);
        }
    }

    private String decode(byte[] bytes, Charset charset, String fileName) {
        String text = new String(bytes, charset);
        if (text.length() > limits.maxChars()) {
            throw new UnreadableDocumentException(String.format(Locale.ROOT, "%s has more than %,d characters of text,"
                    + " over the import limit. Split the document into parts and import them one by one.",
                    fileName, limits.maxChars()));
        }
        return text;
    }

    private static UnreadableDocumentException unsupported(String fileName, MediaType format) {
        String promised = DocumentFormats.promisedBy(fileName);
        if (!promised.isEmpty()) {
            return new UnreadableDocumentException(fileName + " is not a readable " + promised + " file (its content"
                    + " looks like " + format + "): it may be damaged or truncated. Open it and save it again.");
        }
        String hint = format.getSubtype().contains("tmx") ? " A TMX file is a translation memory: import it as TMX."
                : " sverka reads " + DocumentFormats.READABLE + ".";
        return new UnreadableDocumentException(fileName + " is not a document format sverka reads: " + format
                + (format.equals(MediaType.OCTET_STREAM) ? " (no text found)." : ".") + hint);
    }

    private static UnreadableDocumentException cannotOpen(Path file, IOException e) {
        return new UnreadableDocumentException(file + " cannot be read: " + e.getMessage()
                + ". Check that the file exists and that you may read it.", e);
    }
}
