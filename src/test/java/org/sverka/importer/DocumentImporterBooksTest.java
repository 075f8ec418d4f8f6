package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** E-books built from the NTREX stories in corpora/, two chapters a book, imported as a user would. */
class DocumentImporterBooksTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Charset CP1251 = Charset.forName("windows-1251");
    private static final DocumentImporter IMPORTER = new DocumentImporter();
    private static final Path INDONESIA = Path.of("corpora/ntrex-reuters.218865/indonesia-earthquakes");
    private static final Path MACEDONIA = Path.of("corpora/ntrex-reuters.218932/macedonia-referendum");
    private static final TestBooks.Fb2Extras NO_EXTRAS = new TestBooks.Fb2Extras("", "", "", List.of(), "");
    private static final TestBooks.Fb2Extras RUSSIAN_EXTRAS = new TestBooks.Fb2Extras(
            "Сборник статей агентства Рейтер.", "Всё течёт, всё меняется.", "Гераклит",
            List.of(List.of("Мой дядя самых честных правил,", "Когда не в шутку занемог,"),
                    List.of("Он уважать себя заставил", "И лучше выдумать не мог.")),
            "Примечание переводчика: данные на 2018 год.");

    @TempDir
    Path dir;

    @Test
    void readsAnEnglishEpubInSpineOrderWithTheSameParagraphsAsTheText() throws IOException {
        Path epub = TestBooks.epub(dir.resolve("stories.en.epub"), "en", "Reuters stories", chapters("en"));

        ImportedDocument document = IMPORTER.read(epub, Locale.ENGLISH);

        assertThat(TestDocuments.texts(document)).containsExactlyElementsOf(corpusLines("en"));
        assertThat(document.format()).isEqualTo("application/epub+zip");
    }

    @Test
    void readsARussianEpubWithoutItsTableOfContentsStylesOrMetadata() throws IOException {
        Path epub = TestBooks.epub(dir.resolve("stories.ru.epub"), "ru", "Статьи Рейтер", chapters("ru"));

        List<String> texts = TestDocuments.texts(IMPORTER.read(epub, RU));

        assertThat(texts).containsExactlyElementsOf(corpusLines("ru"));
        assertThat(texts).noneMatch(text -> text.contains("Статьи Рейтер") || text.contains("Contents")
                || text.contains("text-indent") || text.contains("Reuters"));
    }

    @Test
    void readsAUtf8Fb2WithTheSameParagraphsAsTheText() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.ru.fb2"), TestBooks.fb2("ru", "Статьи Рейтер",
                chapters("ru"), NO_EXTRAS), StandardCharsets.UTF_8);

        ImportedDocument document = IMPORTER.read(fb2, RU);

        assertThat(TestDocuments.texts(document)).containsExactlyElementsOf(corpusLines("ru"));
        assertThat(document.format()).isEqualTo("application/x-fictionbook+xml");
        assertThat(document.encoding()).isEqualTo("utf-8");
    }

    @Test
    void readsAWindows1251Fb2WithTheSameParagraphsAsTheText() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.ru.fb2"), TestBooks.fb2("ru", "Статьи Рейтер",
                chapters("ru"), NO_EXTRAS), CP1251);

        ImportedDocument document = IMPORTER.read(fb2, RU);

        assertThat(TestDocuments.texts(document)).containsExactlyElementsOf(corpusLines("ru"));
        assertThat(document.encoding()).isEqualTo("windows-1251");
    }

    @Test
    void readsAnEnglishFb2() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.en.fb2"), TestBooks.fb2("en", "Reuters stories",
                chapters("en"), NO_EXTRAS), StandardCharsets.UTF_8);

        assertThat(TestDocuments.texts(IMPORTER.read(fb2, Locale.ENGLISH))).containsExactlyElementsOf(corpusLines("en"));
    }

    @Test
    void keepsEpigraphAndStanzasAndLeavesOutDescriptionNotesAndPictures() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.ru.fb2"), TestBooks.fb2("ru", "Статьи Рейтер",
                chapters("ru"), RUSSIAN_EXTRAS), CP1251);

        List<String> texts = TestDocuments.texts(IMPORTER.read(fb2, RU));

        List<String> expected = new ArrayList<>(List.of("Всё течёт, всё меняется.", "Гераклит",
                "Мой дядя самых честных правил, Когда не в шутку занемог,",
                "Он уважать себя заставил И лучше выдумать не мог."));
        expected.addAll(corpusLines("ru"));
        assertThat(texts).containsExactlyElementsOf(expected);
        assertThat(String.join("\n", texts)).doesNotContain("Сборник", "Примечание", "Notes", "AAAA", "[1]");
    }

    @Test
    void findsAnFb2ByItsContentWhateverItsName() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.ru.xml"), TestBooks.fb2("ru", "Статьи Рейтер",
                chapters("ru"), NO_EXTRAS), CP1251);

        ImportedDocument document = IMPORTER.read(fb2, RU);

        assertThat(document.format()).isEqualTo("application/x-fictionbook+xml");
        assertThat(TestDocuments.texts(document)).containsExactlyElementsOf(corpusLines("ru"));
    }

    @Test
    void readsTheFb2InsideAZip() throws IOException {
        byte[] book = TestBooks.fb2("ru", "Статьи Рейтер", chapters("ru"), RUSSIAN_EXTRAS)
                .replace("ENCODING", "windows-1251").getBytes(CP1251);
        Path zip = TestBooks.zip(dir.resolve("stories.ru.fb2.zip"), "stories.ru.fb2", book);

        List<String> texts = TestDocuments.texts(IMPORTER.read(zip, RU));

        assertThat(texts.subList(4, texts.size())).containsExactlyElementsOf(corpusLines("ru"));
    }

    @Test
    void anEpubInTheWrongLanguageIsRefused() throws IOException {
        Path epub = TestBooks.epub(dir.resolve("stories.ru.epub"), "en", "Reuters stories", chapters("en"));

        assertThatThrownBy(() -> IMPORTER.read(epub, RU))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessageStartingWith("stories.ru.epub does not look Russian");
    }

    @Test
    void anFb2InTheWrongLanguageIsRefused() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.en.fb2"), TestBooks.fb2("ru", "Статьи Рейтер",
                chapters("ru"), NO_EXTRAS), CP1251);

        assertThatThrownBy(() -> IMPORTER.read(fb2, Locale.ENGLISH))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessageStartingWith("stories.en.fb2 does not look English");
    }

    @Test
    void numbersTheParagraphsFromZero() throws IOException {
        Path fb2 = TestBooks.write(dir.resolve("stories.ru.fb2"), TestBooks.fb2("ru", "Статьи Рейтер",
                chapters("ru"), NO_EXTRAS), StandardCharsets.UTF_8);

        List<Paragraph> paragraphs = IMPORTER.read(fb2, RU).paragraphs();

        assertThat(paragraphs).extracting(Paragraph::index).containsExactlyElementsOf(
                java.util.stream.IntStream.range(0, paragraphs.size()).boxed().toList());
    }

    static List<TestBooks.Chapter> chapters(String language) throws IOException {
        return List.of(TestBooks.Chapter.ofLines(TestBooks.lines(Path.of(INDONESIA + "." + language + ".txt"))),
                TestBooks.Chapter.ofLines(TestBooks.lines(Path.of(MACEDONIA + "." + language + ".txt"))));
    }

    /** The paragraphs of the two stories' text files, in the book's order. */
    private static List<String> corpusLines(String language) throws IOException {
        List<String> lines = new ArrayList<>();
        chapters(language).forEach(chapter -> lines.addAll(chapter.all()));
        return lines.stream().map(ParagraphTextNormaliser::normalise).toList();
    }
}
