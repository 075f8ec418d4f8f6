package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Paragraph;

/**
 * Importing PDFs that LibreOffice 7.4 made of the sample documents, with no gap between paragraphs (see the
 * README beside the PDFs in the test resources).
 */
class DocumentImporterLibreOfficePdfTest {
    private static final Path CORPORA = Path.of("corpora");
    private static final DocumentImporter IMPORTER = new DocumentImporter();

    @TempDir
    Path dir;

    private List<String> pdf(String name, Locale language) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("libreoffice/" + name)) {
            Files.copy(in, file);
        }
        return texts(IMPORTER.read(file, language).paragraphs());
    }

    private static List<String> txt(String name, Locale language) {
        return texts(IMPORTER.read(CORPORA.resolve(name), language).paragraphs());
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }

    @Test
    void keepsTheHeadlineAndTheParagraphAfterATimeApartInAWordDocumentsPdf() throws IOException {
        List<String> imported = pdf("macedonia-referendum-en-docx.pdf", Locale.ENGLISH);
        List<String> text = txt("ntrex-reuters.218932/macedonia-referendum.en.txt", Locale.ENGLISH);

        assertThat(imported.get(0)).isEqualTo("Macedonians vote in referendum on whether to change country's name");
        assertThat(imported).contains(
                "The state election commission said there had been no reports of irregularities by 1 p.m.",
                "However, turnout stood at only 16 percent, compared to 34 percent in last parliamentary election"
                        + " in 2016 when 66 percent of the registered voters cast their ballot.");
        // One paragraph whose last line ran to the margin stays joined to the next: 24 of 26 come out whole.
        assertThat(text).filteredOn(imported::contains).hasSize(24);
        assertThat(imported).hasSize(25);
    }

    @Test
    void importsAWebPagesPdfWithAWrappedHeadingAsThePlainTextVersionsParagraphs() throws IOException {
        assertThat(pdf("indonesia-earthquakes-en-html.pdf", Locale.ENGLISH)).containsExactlyElementsOf(
                txt("ntrex-reuters.218865/indonesia-earthquakes.en.txt", Locale.ENGLISH));
    }

    @Test
    void splitsRussianParagraphsSetWithNoGap() throws IOException {
        Locale ru = Locale.forLanguageTag("ru");
        List<String> imported = pdf("indonesia-earthquakes-ru-docx.pdf", ru);
        List<String> text = txt("ntrex-reuters.218865/indonesia-earthquakes.ru.txt", ru);

        assertThat(imported.get(0)).isEqualTo(text.get(0));
        assertThat(text).filteredOn(imported::contains).hasSize(21);
        assertThat(imported).hasSize(24);
    }
}
