package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sverka.importer.TestDocuments.EN_1;
import static org.sverka.importer.TestDocuments.EN_2;
import static org.sverka.importer.TestDocuments.RU_1;
import static org.sverka.importer.TestDocuments.RU_2;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Paragraph;

class DocumentImporterBadInputTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DocumentImporter IMPORTER = new DocumentImporter();

    @TempDir
    Path dir;

    @Test
    void rejectsAMissingFile() {
        Path missing = dir.resolve("nowhere.ru.docx");

        assertThatThrownBy(() -> IMPORTER.read(missing, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(missing + " does not exist. Check the path and the file name.");
    }

    @Test
    void rejectsAFolder() {
        assertThatThrownBy(() -> IMPORTER.read(dir, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage(dir + " is a folder, not a document. Give the path of a file in it.");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.ru.txt"));

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("empty.ru.txt is empty (0 bytes): there is nothing to import.");
    }

    @Test
    void rejectsATextFileWithOnlyWhitespace() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.ru.txt"), " \n\u00A0\n\t\n");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("blank.ru.txt contains no text (text/plain).");
    }

    @Test
    void rejectsADocxWithoutText() throws IOException {
        Path file = TestDocuments.docx(dir.resolve("blank.ru.docx"), List.of("", " "), List.of());

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("blank.ru.docx contains no text");
    }

    @Test
    void rejectsRandomBytes() throws IOException {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        Path file = Files.write(dir.resolve("junk.bin"), junk);

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("junk.bin is not a document format sverka reads: application/octet-stream (no text found)."
                        + " sverka reads TXT, HTML, XHTML, DOCX, DOC, ODT, RTF, PDF, EPUB and FB2.");
    }

    @Test
    void rejectsAnImage() throws IOException {
        Path file = dir.resolve("scan.png");
        ImageIO.write(new BufferedImage(40, 20, BufferedImage.TYPE_INT_RGB), "png", file.toFile());

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("scan.png is not a document format sverka reads: image/png.");
    }

    @Test
    void rejectsAnExecutable() throws IOException {
        byte[] elf = new byte[2048];
        byte[] header = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        System.arraycopy(header, 0, elf, 0, header.length);
        Path file = Files.write(dir.resolve("tool"), elf);

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("tool is not a document format sverka reads: application/x-");
    }

    @Test
    void rejectsATmxFileWithAHint() throws IOException {
        Path file = Files.writeString(dir.resolve("memory.tmx"), "<?xml version=\"1.0\"?><tmx version=\"1.4\">"
                + "<header srclang=\"en\"/><body><tu><tuv xml:lang=\"en\"><seg>" + EN_1 + "</seg></tuv></tu></body></tmx>");

        assertThatThrownBy(() -> IMPORTER.read(file, Locale.ENGLISH))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageEndingWith("A TMX file is a translation memory: import it as TMX.");
    }

    @Test
    void rejectsEnglishTextImportedAsRussian() throws IOException {
        Path file = TestDocuments.docx(dir.resolve("talks.ru.docx"), List.of(EN_1, EN_2), List.of());

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessage("talks.ru.docx does not look Russian: 0% of its letters are Cyrillic and 100% Latin, "
                        + "expected most. Check the file, or give its real language with --source-lang or --target-lang.");
    }

    @Test
    void rejectsAPasswordProtectedPdf() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("secret.ru.pdf"), List.of(RU_1), "owner", "user");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("secret.ru.pdf is password-protected and sverka cannot read encrypted documents. "
                        + "Save a copy without the password and import that.")
                .hasCauseInstanceOf(org.apache.tika.exception.EncryptedDocumentException.class);
    }

    @Test
    void rejectsATruncatedDocx() throws IOException {
        Path whole = TestDocuments.docx(dir.resolve("whole.docx"), List.of(RU_1, RU_2), List.of());
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.ru.docx"), Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.ru.docx could not be read as DOCX: ")
                .hasMessageEndingWith("The file may be damaged or truncated; open it and save it again.");
    }

    @Test
    void stopsReadingADocxZipBomb() throws IOException {
        Path file = dir.resolve("bomb.ru.docx");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            TestDocuments.writeEntry(zip, "[Content_Types].xml", ("<?xml version=\"1.0\"?><Types xmlns="
                    + "\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/"
                    + "vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" "
                    + "ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\""
                    + "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>")
                    .getBytes(StandardCharsets.UTF_8));
            TestDocuments.writeEntry(zip, "_rels/.rels", ("<?xml version=\"1.0\"?><Relationships xmlns=\"http://"
                    + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://"
                    + "schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
                    + "Target=\"word/document.xml\"/></Relationships>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/"
                    + "wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>").getBytes(StandardCharsets.UTF_8));
            byte[] letters = new byte[1 << 20];
            Arrays.fill(letters, (byte) 'a');
            for (int i = 0; i < 64; i++) {
                zip.write(letters);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("bomb.ru.docx expands to far more data than its size (a zip bomb?)");
    }

    @Test
    void doesNotResolveExternalEntitiesInXhtml() throws IOException {
        Path file = Files.writeString(dir.resolve("xxe.en.xhtml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE html [ <!ENTITY secret SYSTEM "file:///etc/passwd"> ]>
                <html xmlns="http://www.w3.org/1999/xhtml"><head><title>t</title></head>
                <body><p>The presidents held talks in Moscow.</p><p>&secret;</p></body></html>
                """);

        List<String> texts = IMPORTER.read(file, Locale.ENGLISH).paragraphs().stream().map(Paragraph::text).toList();

        assertThat(texts).contains("The presidents held talks in Moscow.").noneMatch(text -> text.contains("root:"));
    }

    @Test
    void anHtmlEntityBombKeepsOnlyTheRealParagraphsAndExpandsNothing() throws IOException {
        Path file = Files.writeString(dir.resolve("bomb.en.html"), "<!DOCTYPE html [<!ENTITY a \"" + "a".repeat(50)
                + "\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"]>&b;&b;\">]>\n"
                + "<html><head><title>Bomb title here</title></head><body><p>The presidents held talks in Moscow.</p>"
                + "<p>They spoke for three hours &c;.</p></body></html>\n");

        List<String> texts = IMPORTER.read(file, Locale.ENGLISH).paragraphs().stream().map(Paragraph::text).toList();

        assertThat(texts).containsExactly("The presidents held talks in Moscow.", "They spoke for three hours &c;.");
    }

    @Test
    void anHtmlDoctypeWithoutASubsetIsReadAsBefore() throws IOException {
        Path file = Files.writeString(dir.resolve("plain.en.html"), "<!DOCTYPE html>\n<html><head><title>T</title></head>"
                + "<body><p>The presidents held talks in Moscow.</p></body></html>\n");

        assertThat(IMPORTER.read(file, Locale.ENGLISH).paragraphs()).extracting(Paragraph::text)
                .containsExactly("The presidents held talks in Moscow.");
    }

    @Test
    void rejectsADocxWithADoctypeInsteadOfResolvingItsEntities() throws IOException {
        Path whole = TestDocuments.docx(dir.resolve("whole.docx"), List.of(EN_1, "XXE"), List.of());
        Path file = dir.resolve("xxe.en.docx");
        rewriteEntry(whole, file, "word/document.xml", xml -> xml
                .replaceFirst("<w:document", "<!DOCTYPE w:document [ <!ENTITY secret SYSTEM \"file:///etc/passwd\"> ]>"
                        + "<w:document")
                .replace("XXE", "&secret;"));

        assertThatThrownBy(() -> IMPORTER.read(file, Locale.ENGLISH))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("DOCTYPE is disallowed")
                .hasMessageNotContaining("root:");
    }

    @Test
    void rejectsAFileOverTheSizeLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("big.en.txt"), EN_1 + "\n" + EN_2);
        DocumentImporter small = new DocumentImporter(new ImportLimits(100, 1000));

        assertThatThrownBy(() -> small.read(file, Locale.ENGLISH))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("big.en.txt has 111 bytes, over the import limit of 100 bytes. "
                        + "Split it into smaller documents.");
    }

    @Test
    void rejectsADocumentWithMoreTextThanTheLimit() throws IOException {
        Path file = TestDocuments.docx(dir.resolve("long.ru.docx"), List.of(RU_1, RU_2, RU_1, RU_2), List.of());
        DocumentImporter small = new DocumentImporter(new ImportLimits(1_000_000, 200));

        assertThatThrownBy(() -> small.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("long.ru.docx has more than 200 characters of text, over the import limit. "
                        + "Split the document into parts and import them one by one.");
    }

    @Test
    void acceptsADocumentJustUnderTheTextLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("short.ru.txt"), RU_1);
        DocumentImporter small = new DocumentImporter(new ImportLimits(1_000, RU_1.length()));

        assertThat(small.read(file, RU).paragraphs()).containsExactly(new Paragraph(0, RU_1));
    }

    private static void rewriteEntry(Path from, Path to, String name, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        try (var zipIn = new java.util.zip.ZipFile(from.toFile());
             OutputStream out = Files.newOutputStream(to);
             ZipOutputStream zipOut = new ZipOutputStream(out)) {
            for (var entries = zipIn.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                byte[] bytes = zipIn.getInputStream(entry).readAllBytes();
                if (entry.getName().equals(name)) {
                    bytes = edit.apply(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                }
                TestDocuments.writeEntry(zipOut, entry.getName(), bytes);
            }
        }
    }
}
