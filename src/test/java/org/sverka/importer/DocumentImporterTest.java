package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sverka.importer.TestDocuments.EN_1;
import static org.sverka.importer.TestDocuments.EN_2;
import static org.sverka.importer.TestDocuments.EN_3;
import static org.sverka.importer.TestDocuments.RU_1;
import static org.sverka.importer.TestDocuments.RU_2;
import static org.sverka.importer.TestDocuments.RU_3;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Paragraph;

class DocumentImporterTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DocumentImporter IMPORTER = new DocumentImporter();

    @TempDir
    Path dir;

    @Test
    void cutsHtmlAtParagraphsHeadingsListItemsCellsDivsAndDoubleBreaks() throws IOException {
        Path file = dir.resolve("talks.en.html");
        Files.writeString(file, """
                <!DOCTYPE html>
                <html><head><meta charset="utf-8"><title>Joint news conference</title>
                <style>p { color: red }</style><script>var notText = 1;</script></head>
                <body><h1>Russian-Belarusian talks</h1>
                <p>The presidents held talks
                   in Moscow on <b>February 18</b>, 2022.</p>
                <ul><li>28 sectoral programmes</li><li>gas prices</li></ul>
                <table><tr><th>Trade</th><td>US$38.5 billion</td></tr></table>
                <div>Trade grew by 34.4 percent.</div>
                <div>President of Russia:<br>Mr President, colleagues.<br><br>To be continued.</div>
                </body></html>
                """);

        ImportedDocument document = IMPORTER.read(file, Locale.ENGLISH);

        assertThat(TestDocuments.texts(document)).containsExactly("Russian-Belarusian talks",
                "The presidents held talks in Moscow on February 18, 2022.", "28 sectoral programmes", "gas prices",
                "Trade", "US$38.5 billion", "Trade grew by 34.4 percent.", "President of Russia: Mr President, colleagues.",
                "To be continued.");
        assertThat(document.format()).isEqualTo("text/html");
        assertThat(document.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void numbersParagraphsFromZeroAndRecordsNameSizeAndSha256() throws IOException {
        Path file = dir.resolve("talks.en.txt");
        Files.writeString(file, EN_1 + "\n" + EN_2 + "\n");

        ImportedDocument document = IMPORTER.read(file, Locale.ENGLISH);

        assertThat(document.paragraphs()).containsExactly(new Paragraph(0, EN_1), new Paragraph(1, EN_2));
        assertThat(document.fileName()).isEqualTo("talks.en.txt");
        assertThat(document.size()).isEqualTo(112);
        assertThat(document.sha256()).isEqualTo("c83f6eb065987ddaf5953cb537d43b941c109f7101d5b737f4574c904edcee40");
        assertThat(document.language()).isEqualTo(Locale.ENGLISH);
        assertThat(document.format()).isEqualTo("text/plain");
    }

    @Test
    void readsDocxParagraphsAndTableCells() throws IOException {
        Path file = TestDocuments.docx(dir.resolve("talks.ru.docx"), List.of(RU_1, "", RU_2), List.of(RU_3, "2022"));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_1, RU_2, RU_3, "2022");
        assertThat(document.format())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(document.encoding()).isEmpty();
    }

    @Test
    void readsCyrillicPdf() throws IOException {
        Path file = TestDocuments.pdf(dir.resolve("talks.ru.pdf"), List.of(RU_1, RU_2, RU_3), "", "");

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_1, RU_2, RU_3);
        assertThat(document.format()).isEqualTo("application/pdf");
    }

    @Test
    void readsOdt() throws IOException {
        Path file = TestDocuments.odt(dir.resolve("talks.ru.odt"), List.of(RU_1, RU_2));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_1, RU_2);
        assertThat(document.format()).isEqualTo("application/vnd.oasis.opendocument.text");
    }

    @Test
    void readsRtfWithUnicodeEscapes() throws IOException {
        Path file = TestDocuments.rtf(dir.resolve("talks.ru.rtf"), List.of(RU_1, RU_2, RU_3));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_1, RU_2, RU_3);
        assertThat(document.format()).isEqualTo("application/rtf");
    }

    @Test
    void readsUtf8TextWithByteOrderMark() throws IOException {
        Path file = dir.resolve("talks.ru.txt");
        Files.writeString(file, "\uFEFF" + RU_1 + "\r\n" + RU_2 + "\r\n");

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_1, RU_2);
        assertThat(document.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void readsShortWindows1251Text() throws IOException {
        Path file = dir.resolve("short.ru.txt");
        Files.write(file, "Стороны обсудили цены на газ.\n".getBytes(Charset.forName("windows-1251")));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly("Стороны обсудили цены на газ.");
        assertThat(document.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void readsWindows1251TextWithoutAFileExtension() throws IOException {
        Path file = dir.resolve("notes");
        Files.write(file, (RU_2 + "\n").getBytes(Charset.forName("windows-1251")));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_2);
        assertThat(document.format()).isEqualTo("text/plain");
        assertThat(document.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void readsKoi8rText() throws IOException {
        Path file = dir.resolve("talks.ru.txt");
        Files.write(file, (RU_1 + "\n\n" + RU_2).getBytes(Charset.forName("KOI8-R")));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_1, RU_2);
        assertThat(document.encoding()).isEqualTo("KOI8-R");
    }

    @Test
    void readsWindows1251HtmlWithoutCharsetDeclaration() throws IOException {
        Path file = dir.resolve("talks.ru.html");
        Files.write(file, ("<html><body><p>" + RU_2 + "</p></body></html>").getBytes(Charset.forName("windows-1251")));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_2);
        assertThat(document.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void honoursTheCharsetAnHtmlPageDeclares() throws IOException {
        Path file = dir.resolve("talks.ru.html");
        Files.write(file, ("<html><head><meta charset=\"koi8-r\"></head><body><p>" + RU_3 + "</p></body></html>")
                .getBytes(Charset.forName("KOI8-R")));

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly(RU_3);
        assertThat(document.encoding()).isEqualTo("KOI8-R");
    }

    @Test
    void removesSoftHyphensAndTurnsNoBreakSpacesIntoSpaces() throws IOException {
        Path file = dir.resolve("talks.ru.html");
        Files.writeString(file, "<p>Товаро\u00ADоборот\u00A0вырос&nbsp;на  34,4\u202Fпроцента.</p>",
                StandardCharsets.UTF_8);

        ImportedDocument document = IMPORTER.read(file, RU);

        assertThat(TestDocuments.texts(document)).containsExactly("Товарооборот вырос на 34,4 процента.");
    }

    @Test
    void keepsOneParagraphPerLineInLineParallelText() throws IOException {
        Path file = dir.resolve("ntrex.en.txt");
        Files.writeString(file, "Earthquakes and tsunamis in Indonesia\n" + EN_1 + "\n" + EN_2 + "\n" + EN_3);

        ImportedDocument document = IMPORTER.read(file, Locale.ENGLISH);

        assertThat(TestDocuments.texts(document)).containsExactly("Earthquakes and tsunamis in Indonesia", EN_1, EN_2, EN_3);
    }
}
