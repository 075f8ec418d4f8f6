package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;

/** Writes small real documents for the importer tests, in every format it reads. */
final class TestDocuments {

    static final String RU_1 = "Президент России провёл переговоры с Президентом Белоруссии 18 февраля 2022 года.";
    static final String RU_2 = "Стороны обсудили 28 отраслевых программ и цены на газ.";
    static final String RU_3 = "Товарооборот вырос на 34,4 процента, до 38,5 миллиарда долларов.";
    static final String EN_1 = "The presidents held talks in Moscow on February 18, 2022.";
    static final String EN_2 = "They discussed 28 sectoral programmes and gas prices.";
    static final String EN_3 = "Trade grew by 34.4 percent to US$38.5 billion.";

    private TestDocuments() {
    }

    /** The texts of a document's paragraphs, in order: what a user sees of an import. */
    static List<String> texts(ImportedDocument document) {
        return document.paragraphs().stream().map(org.sverka.model.Paragraph::text).toList();
    }

    static Path docx(Path file, List<String> paragraphs, List<String> tableCells) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                document.createParagraph().createRun().setText(text);
            }
            if (!tableCells.isEmpty()) {
                XWPFTable table = document.createTable(1, tableCells.size());
                for (int i = 0; i < tableCells.size(); i++) {
                    table.getRow(0).getCell(i).setText(tableCells.get(i));
                }
            }
            document.write(out);
        }
        return file;
    }

    /** One paragraph per block of text, separated by blank space that PDF text extraction reads as a new paragraph. */
    static Path pdf(Path file, List<String> paragraphs, String ownerPassword, String userPassword) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDFont font;
            try (InputStream ttf = TestDocuments.class.getResourceAsStream(LaidOutPdf.BUNDLED_FONT)) {
                font = PDType0Font.load(document, ttf);
            }
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                float y = 720;
                for (String text : paragraphs) {
                    content.beginText();
                    content.setFont(font, 11);
                    content.newLineAtOffset(60, y);
                    content.showText(text);
                    content.endText();
                    y -= 40;
                }
            }
            if (!userPassword.isEmpty()) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            document.save(file.toFile());
        }
        return file;
    }

    /** The smallest ODF text document LibreOffice and Tika accept: mimetype, manifest, content.xml. */
    static Path odt(Path file, List<String> paragraphs) throws IOException {
        StringBuilder body = new StringBuilder();
        for (String text : paragraphs) {
            body.append("<text:p>").append(text).append("</text:p>");
        }
        String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text>" + body + "</office:text></office:body></office:document-content>";
        String manifest = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\""
                + " manifest:version=\"1.2\">"
                + "<manifest:file-entry manifest:full-path=\"/\""
                + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                + "</manifest:manifest>";
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            stored(zip, "mimetype", "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
            writeEntry(zip, "META-INF/manifest.xml", manifest.getBytes(StandardCharsets.UTF_8));
            writeEntry(zip, "content.xml", content.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }

    /** RTF as Word writes it for Cyrillic: every non-ASCII letter as {@code \\uN?}. */
    static Path rtf(Path file, List<String> paragraphs) throws IOException {
        StringBuilder rtf = new StringBuilder("{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}\n");
        for (String text : paragraphs) {
            rtf.append("{\\pard ");
            text.chars().forEach(c -> {
                if (c < 128) {
                    rtf.append((char) c);
                } else {
                    rtf.append("\\u").append(c).append('?');
                }
            });
            rtf.append("\\par}\n");
        }
        Files.writeString(file, rtf.append('}'), StandardCharsets.US_ASCII);
        return file;
    }

    static void writeEntry(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }

    /** An entry written uncompressed, as ODF and EPUB want their first entry, "mimetype". */
    static void stored(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
