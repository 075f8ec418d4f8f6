package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees when importing a laid-out, multi-page PDF report: the paragraphs of its text, nothing else. */
class DocumentImporterPdfLayoutTest {
    private static final Path CORPORA = Path.of("corpora");
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final DocumentImporter IMPORTER = new DocumentImporter();

    @TempDir
    Path dir;

    @Test
    void importsAnEnglishReportAsThePlainTextVersionsParagraphs() throws IOException {
        List<String> text = TestDocuments.texts(IMPORTER.read(
                CORPORA.resolve("kremlin-2022-02-18/kremlin-2022-02-18-news-conference.en.txt"), Locale.ENGLISH));
        LaidOutPdf.Written pdf = LaidOutPdf.write(dir.resolve("talks.en.pdf"), text, new LaidOutPdf.Layout(
                List.of("Russian-Belarusian talks: joint news conference", "18 February 2022"), "Page %d of %d"));

        assertThat(TestDocuments.texts(IMPORTER.read(pdf.file(), Locale.ENGLISH))).containsExactlyElementsOf(text);
        assertThat(pdf.pages()).isGreaterThan(4);
        assertThat(pdf.hyphenBreaks()).isGreaterThan(10);
        assertThat(pdf.softHyphenBreaks()).isPositive();
        assertThat(pdf.compoundBreaks()).isPositive();
    }

    @Test
    void importsARussianReportAsThePlainTextVersionsParagraphs() throws IOException {
        List<String> text = TestDocuments.texts(IMPORTER.read(
                CORPORA.resolve("ntrex-reuters.218932/macedonia-referendum.ru.txt"), RU));
        LaidOutPdf.Written pdf = LaidOutPdf.write(dir.resolve("referendum.ru.pdf"), text, new LaidOutPdf.Layout(
                List.of("Референдум в Македонии", "30 сентября 2018 г."), "Страница %d из %d"));

        ImportedDocument imported = IMPORTER.read(pdf.file(), RU);

        assertThat(TestDocuments.texts(imported)).containsExactlyElementsOf(text);
        assertThat(pdf.pages()).isGreaterThan(2);
        assertThat(pdf.hyphenBreaks()).isGreaterThan(10);
        assertThat(imported.notes()).hasSize(2);
        assertThat(imported.notes().get(0)).startsWith("dropped " + 2 * pdf.pages() + " running heads, footers or page numbers");
        assertThat(imported.notes().get(1)).isEqualTo("rejoined " + pdf.hyphenBreaks() + " words hyphenated at line ends");
    }

    @Test
    void aPlainTextImportHasNoLayoutNotes() throws IOException {
        assertThat(IMPORTER.read(CORPORA.resolve("ntrex-reuters.218932/macedonia-referendum.ru.txt"), RU).notes()).isEmpty();
    }

    @Test
    void leavesOutHeadersFootersAndBarePageNumbers() throws IOException {
        List<String> text = TestDocuments.texts(IMPORTER.read(
                CORPORA.resolve("ntrex-reuters.218865/indonesia-earthquakes.ru.txt"), RU));
        LaidOutPdf.Written pdf = LaidOutPdf.write(dir.resolve("earthquakes.ru.pdf"), text,
                new LaidOutPdf.Layout(List.of("Рейтер | Землетрясения в Индонезии"), "– %d –"));

        List<String> imported = TestDocuments.texts(IMPORTER.read(pdf.file(), RU));

        assertThat(pdf.pages()).isGreaterThan(1);
        assertThat(imported).noneMatch(p -> p.contains("Рейтер |") || p.matches("[–\\d ]+"))
                .noneMatch(p -> p.matches(".*\\p{L}[-\u00AD] \\p{Ll}.*"));
    }

    @Test
    void keepsABodySentenceThatRecursOnBothPages() throws IOException {
        List<String> text = new ArrayList<>();
        List<String> speech = TestDocuments.texts(IMPORTER.read(
                CORPORA.resolve("kremlin-2022-02-18/kremlin-2022-02-18-news-conference.en.txt"), Locale.ENGLISH));
        for (int i = 5; i < 14; i++) {
            text.add(speech.get(i));
            if (i == 6 || i == 12) {
                text.add("Thank you.");
            }
        }
        LaidOutPdf.Written pdf = LaidOutPdf.write(dir.resolve("speech.en.pdf"), text,
                new LaidOutPdf.Layout(List.of("Joint news conference"), "Page %d of %d"));

        List<String> imported = TestDocuments.texts(IMPORTER.read(pdf.file(), Locale.ENGLISH));

        assertThat(pdf.pages()).isEqualTo(2);
        assertThat(pageText(pdf.file(), 1)).contains("Thank you.");
        assertThat(pageText(pdf.file(), 2)).contains("Thank you.");
        assertThat(Collections.frequency(imported, "Thank you.")).isEqualTo(2);
        assertThat(imported).containsExactlyElementsOf(text);
    }

    private static String pageText(Path pdf, int page) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        }
    }

    @Test
    void leavesALineBreakAfterAHyphenInADocxAsItWas() throws IOException {
        Path file = dir.resolve("talks.en.docx");
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            XWPFRun run = document.createParagraph().createRun();
            run.setText("We keep the imple-");
            run.addBreak();
            run.setText("mentation under control. Page 1 of 2");
            document.write(out);
        }

        assertThat(TestDocuments.texts(IMPORTER.read(file, Locale.ENGLISH)))
                .containsExactly("We keep the imple- mentation under control. Page 1 of 2");
    }
}
