package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken and hostile e-books: each ends in one clear message, never a stack trace or a hang. */
class DocumentImporterBadBooksTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DocumentImporter IMPORTER = new DocumentImporter();
    private static final String FB2_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<FictionBook xmlns=\"http://www.gribuser.ru/xml/fictionbook/2.0\">\n<body><section>";

    @TempDir
    Path dir;

    @Test
    void rejectsAnFb2ThatIsNotWellFormed() throws IOException {
        Path file = Files.writeString(dir.resolve("cut.ru.fb2"), FB2_START
                + "<p>" + TestDocuments.RU_1 + "</p>\n<p>" + TestDocuments.RU_2 + "</section></body></FictionBook>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.ru.fb2 is not well-formed FB2 (XML) (line 4, column ")
                .hasMessageContaining("must be terminated by the matching end-tag \"</p>\"")
                .hasMessageEndingWith("The file may be damaged or truncated; open it in an e-book editor (Calibre,"
                        + " FBE) and save it again.");
    }

    @Test
    void rejectsAnFb2ThatEndsTooEarly() throws IOException {
        Path file = Files.writeString(dir.resolve("short.ru.fb2"), FB2_START + "<p>" + TestDocuments.RU_1);

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("short.ru.fb2 is not well-formed FB2 (XML)");
    }

    @Test
    void refusesAnFb2EntityBombWithoutExpandingIt() throws IOException {
        StringBuilder entities = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
        for (int i = 1; i <= 9; i++) {
            entities.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        Path file = Files.writeString(dir.resolve("bomb.ru.fb2"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE FictionBook [\n" + entities + "]>\n" + FB2_START.substring(FB2_START.indexOf('\n') + 1)
                + "<p>" + TestDocuments.RU_1 + " &lol9;</p></section></body></FictionBook>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("bomb.ru.fb2 has a DOCTYPE, which FB2 books never have: sverka reads no DTDs and expands"
                        + " no entities from one, for safety. Remove the <!DOCTYPE ...> declaration, or convert the"
                        + " book again (Calibre, FBE).");
    }

    @Test
    void refusesAnFb2ThatReadsAnExternalEntity() throws IOException {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "Секретный пароль");
        Path file = Files.writeString(dir.resolve("xxe.ru.fb2"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<!DOCTYPE FictionBook [<!ENTITY xxe SYSTEM \"" + secret.toUri() + "\">]>\n"
                + FB2_START.substring(FB2_START.indexOf('\n') + 1)
                + "<p>" + TestDocuments.RU_1 + " &xxe;</p></section></body></FictionBook>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("xxe.ru.fb2 has a DOCTYPE")
                .hasMessageNotContaining("Секретный");
    }

    @Test
    void namesAnUndeclaredEntityAndSaysWhatToDo() throws IOException {
        Path file = Files.writeString(dir.resolve("nbsp.ru.fb2"), FB2_START
                + "<p>" + TestDocuments.RU_1 + "&nbsp;</p></section></body></FictionBook>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("The entity \"nbsp\" was referenced, but not declared")
                .hasMessageEndingWith("FB2 allows only the entities &lt; &gt; &amp; &quot; &apos; and numeric ones;"
                        + " replace the others with the characters they stand for, or convert the book again.");
    }

    @Test
    void rejectsAFileNamedFb2ThatIsAnotherKindOfXml() throws IOException {
        Path file = Files.writeString(dir.resolve("page.ru.fb2"), "<?xml version=\"1.0\"?>\n<html"
                + " xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>" + TestDocuments.RU_1 + "</p></body></html>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("page.ru.fb2 is not an FB2 book: its content looks like application/xhtml+xml."
                        + " It may be damaged, or another file renamed; check that this is the right file.");
    }

    @Test
    void rejectsAFileNamedFb2WithAnotherRootElement() throws IOException {
        Path file = Files.writeString(dir.resolve("book.ru.fb2"), "<?xml version=\"1.0\"?>\n<book><chapter><p>"
                + TestDocuments.RU_1 + "</p></chapter></book>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("book.ru.fb2 is not an FB2 book: its root element is <book>, not <FictionBook>."
                        + " Check that this is the right file.");
    }

    @Test
    void stopsReadingAZippedFb2Bomb() throws IOException {
        Path file = dir.resolve("bomb.ru.fb2.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("bomb.ru.fb2"));
            zip.write(FB2_START.getBytes(StandardCharsets.UTF_8));
            byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
            for (int i = 0; i < 64; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("bomb.ru.fb2.zip expands to far more data than its size (a zip bomb?)");
    }

    @Test
    void rejectsAZipWithoutAnFb2Book() throws IOException {
        Path file = TestBooks.zip(dir.resolve("notes.ru.zip"), "notes.txt",
                TestDocuments.RU_1.getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("notes.ru.zip is a zip archive without an FB2 book (.fb2) in it. sverka reads a zip only"
                        + " when it holds one FB2 book; unpack it and import the document inside.");
    }

    @Test
    void rejectsAZipOfSeveralFb2Books() throws IOException {
        Path file = dir.resolve("two.ru.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (String name : List.of("one.fb2", "two.fb2")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write((FB2_START + "<p>" + TestDocuments.RU_1 + "</p></section></body></FictionBook>")
                        .getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("two.ru.zip is a zip archive of 2 FB2 books (one.fb2, two.fb2). Unpack it and import the"
                        + " books one by one.");
    }

    @Test
    void rejectsAnFb2WithoutText() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.ru.fb2"), FB2_START + "<p> </p><empty-line/>"
                + "</section></body><body name=\"notes\"><section><p>" + TestDocuments.RU_1
                + "</p></section></body></FictionBook>");

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("blank.ru.fb2 contains no text (application/x-fictionbook+xml).");
    }

    @Test
    void rejectsAnEpubWithoutText() throws IOException {
        Path file = TestBooks.epub(dir.resolve("blank.ru.epub"), "ru", "Пустая книга",
                List.of(new TestBooks.Chapter("", List.of(" ", ""))));

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("blank.ru.epub contains no text (application/epub+zip).");
    }

    @Test
    void rejectsATextFileNamedEpub() throws IOException {
        Path file = Files.writeString(dir.resolve("book.ru.epub"), TestDocuments.RU_1 + "\n\n" + TestDocuments.RU_2);

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("book.ru.epub is not an EPUB book: its content looks like text/plain. It may be damaged,"
                        + " or another file renamed; check that this is the right file.");
    }

    @Test
    void rejectsAZipNamedEpubThatIsNotOne() throws IOException {
        Path file = TestBooks.zip(dir.resolve("book.ru.epub"), "chapter1.xhtml",
                ("<html><body><p>" + TestDocuments.RU_1 + "</p></body></html>").getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("book.ru.epub is not a complete EPUB book: it has no META-INF/container.xml, which names"
                        + " the book's contents. It may be damaged, or another zip renamed; convert the book again"
                        + " (Calibre) or check that this is the right file.");
    }

    @Test
    void rejectsATruncatedEpub() throws IOException {
        Path whole = TestBooks.epub(dir.resolve("whole.ru.epub"), "ru", "Статьи Рейтер",
                DocumentImporterBooksTest.chapters("ru"));
        byte[] bytes = Files.readAllBytes(whole);
        Path file = Files.write(dir.resolve("cut.ru.epub"), java.util.Arrays.copyOf(bytes, bytes.length / 2));

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("cut.ru.epub could not be read as EPUB: ")
                .hasMessageEndingWith("The file may be damaged or truncated; open it and save it again.");
    }

    @Test
    void stopsReadingAnEpubZipBomb() throws IOException {
        Path file = dir.resolve("bomb.ru.epub");
        try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry mimetype = new ZipEntry("mimetype");
            byte[] type = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            java.util.zip.CRC32 crc = new java.util.zip.CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("OEBPS/chapter.xhtml"));
            byte[] text = (TestDocuments.RU_1 + " ").repeat(1 << 12).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 200; i++) {
                zip.write(text);
            }
            zip.closeEntry();
        }

        assertThatThrownBy(() -> IMPORTER.read(file, RU))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageStartingWith("bomb.ru.epub expands to far more data than its size (a zip bomb?)");
    }
}
