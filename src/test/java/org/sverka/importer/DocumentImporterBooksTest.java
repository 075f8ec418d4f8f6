package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Paragraph;

class DocumentImporterBooksTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DocumentImporter IMPORTER = new DocumentImporter();
    private static final Path INDONESIA = Path.of("corpora/ntrex-reuters.218865/indonesia-earthquakes");
    private static final Path MACEDONIA = Path.of("corpora/ntrex-reuters.218932/macedonia-referendum");

    @TempDir
    Path dir;

    @Test
    void probe() throws IOException {
        List<TestBooks.Chapter> chapters = chapters("en");
        Path epub = TestBooks.epub(dir.resolve("book.en.epub"), "en", "Reuters stories", chapters);
        ImportedDocument doc = IMPORTER.read(epub, Locale.ENGLISH);
        doc.paragraphs().forEach(p -> System.out.println(p.index() + " " + p.text()));
        System.out.println(doc.format() + " " + doc.encoding());
    }

    private static List<TestBooks.Chapter> chapters(String language) throws IOException {
        return List.of(TestBooks.Chapter.ofLines(TestBooks.lines(Path.of(INDONESIA + "." + language + ".txt"))),
                TestBooks.Chapter.ofLines(TestBooks.lines(Path.of(MACEDONIA + "." + language + ".txt"))));
    }
}
