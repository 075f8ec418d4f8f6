package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.exception.ZeroByteFileException;
import org.apache.tika.extractor.EmbeddedDocumentExtractor;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.HtmlMapper;
import org.apache.tika.parser.html.IdentityHtmlMapper;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/** Parses one document with Tika and returns its paragraphs, turning every failure into one clear message. */
final class TikaParagraphReader {
    private static final int MAX_CAUSES = 20;

    private final AutoDetectParser parser = new AutoDetectParser();
    private final int maxChars;

    TikaParagraphReader(int maxChars) {
        this.maxChars = maxChars;
    }

    ExtractedText read(TikaInputStream input, String fileName, String format, Locale expectedLanguage) {
        // A PDF's lines and pages are layout, not authorship: its own collector rejoins and cleans them.
        boolean pdf = format.equals("application/pdf");
        ParagraphCollector collector = new ParagraphCollector(maxChars);
        PdfPageCollector pdfCollector = new PdfPageCollector(maxChars);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, format);
        try {
            parser.parse(input, pdf ? pdfCollector : collector, metadata, context(expectedLanguage));
        } catch (EncryptedDocumentException e) {
            throw new UnreadableDocumentException(fileName + " is password-protected and sverka cannot read "
                    + "encrypted documents. Save a copy without the password and import that.", e);
        } catch (ZeroByteFileException e) {
            throw new UnreadableDocumentException(fileName + " is empty: it has no text to import.", e);
        } catch (SAXException | TikaException | IOException | RuntimeException e) {
            throw failure(fileName, format, e);
        }
        String encoding = format.startsWith("text/") || format.contains("xhtml")
                ? charsetName(metadata.get(Metadata.CONTENT_ENCODING)) : "";
        if (pdf) {
            PdfParagraphs.Result result = pdfCollector.result();
            return new ExtractedText(result.paragraphs(), encoding, result.notes());
        }
        return new ExtractedText(collector.paragraphs(), encoding);
    }

    private UnreadableDocumentException failure(String fileName, String format, Exception e) {
        if (WriteLimitReachedException.isWriteLimitReached(e)) {
            return new UnreadableDocumentException(String.format(Locale.ROOT, "%s has more than %,d characters of "
                    + "text, over the import limit. Split the document into parts and import them one by one.",
                    fileName, maxChars), e);
        }
        if (mentionsBomb(e)) {
            return new UnreadableDocumentException(fileName + " expands to far more data than its size (a zip bomb?),"
                    + " so sverka stopped reading it. If the document is genuine, save it as PDF or plain text, which are not zipped, and import that.",
                    e);
        }
        return new UnreadableDocumentException(fileName + " could not be read as " + DocumentFormats.displayName(format)
                + ": " + oneLine(e) + ". The file may be damaged or truncated; open it and save it again.", e);
    }

    private static ParseContext context(Locale expectedLanguage) {
        ParseContext context = new ParseContext();
        // Tika's default mapper drops <div> and <br>, which are paragraph boundaries in many web pages.
        context.set(HtmlMapper.class, IdentityHtmlMapper.INSTANCE);
        context.set(EncodingDetector.class, new CompositeEncodingDetector(List.of(
                new HtmlEncodingDetector(), new TextCharsetDetector(expectedLanguage))));
        TesseractOCRConfig noOcr = new TesseractOCRConfig();
        noOcr.setSkipOcr(true);
        context.set(TesseractOCRConfig.class, noOcr);
        context.set(EmbeddedDocumentExtractor.class, new SkippingEmbeddedDocuments());
        return context;
    }

    private static boolean mentionsBomb(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth++ < MAX_CAUSES; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && message.toLowerCase(Locale.ROOT).contains("bomb")) {
                return true;
            }
        }
        return false;
    }

    /** The first line of the deepest cause's message, without a final full stop, for a one-line user message. */
    static String oneLine(Throwable e) {
        Throwable root = e;
        for (int depth = 0; root.getCause() != null && depth < MAX_CAUSES; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        String line = message.strip().lines().findFirst().orElse("").replaceAll("[.\\s]+$", "");
        return line.length() > 200 ? line.substring(0, 200) + "..." : line;
    }

    private static String charsetName(String name) {
        return name == null ? "" : name;
    }

    /** Pictures, attachments and OLE objects inside a document are not its text. */
    private static final class SkippingEmbeddedDocuments implements EmbeddedDocumentExtractor {
        @Override
        public boolean shouldParseEmbedded(Metadata metadata) {
            return false;
        }

        @Override
        public void parseEmbedded(InputStream stream, ContentHandler handler, Metadata metadata, boolean outputHtml) {
            throw new IllegalStateException("embedded documents are skipped");
        }
    }
}
