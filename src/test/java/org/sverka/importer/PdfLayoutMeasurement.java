package org.sverka.importer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.sverka.model.Paragraph;

/**
 * Lays out the sample texts of {@code corpora/} as multi-page PDFs with headers, footers and hyphenated line
 * ends, imports each PDF and its .txt, and prints what the PDF cleaning did and how the two imports compare.
 * With a third argument, the NTREX folder of the shared corpora, it does the same for all of NTREX's English
 * and Russian lines (one paragraph a line), a book-length PDF each. Run from the repository root:
 * {@code java -cp target/test-classes:target/classes:<classpath> org.sverka.importer.PdfLayoutMeasurement
 * corpora /tmp/pdf8 [/work/shared/corpora/ntrex-en-ru]}.
 */
public final class PdfLayoutMeasurement {
    record Sample(String txt, Locale language, LaidOutPdf.Layout layout) {
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("kremlin-2022-02-18/kremlin-2022-02-18-news-conference.en.txt", Locale.ENGLISH,
                    new LaidOutPdf.Layout(List.of("Russian-Belarusian talks: joint news conference", "18 February 2022"),
                            "Page %d of %d")),
            new Sample("ntrex-reuters.218865/indonesia-earthquakes.en.txt", Locale.ENGLISH,
                    new LaidOutPdf.Layout(List.of("Reuters | Indonesia earthquakes"), "%d")),
            new Sample("ntrex-reuters.218865/indonesia-earthquakes.ru.txt", Locale.forLanguageTag("ru"),
                    new LaidOutPdf.Layout(List.of("Рейтер | Землетрясения в Индонезии"), "Страница %d из %d")),
            new Sample("ntrex-reuters.218932/macedonia-referendum.en.txt", Locale.ENGLISH,
                    new LaidOutPdf.Layout(List.of("Macedonia referendum", "30 September 2018"), "– %d –")),
            new Sample("ntrex-reuters.218932/macedonia-referendum.ru.txt", Locale.forLanguageTag("ru"),
                    new LaidOutPdf.Layout(List.of("Референдум в Македонии", "30 сентября 2018 г."), "– %d –")));

    private PdfLayoutMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        DocumentImporter importer = new DocumentImporter();
        for (Sample sample : SAMPLES) {
            Path txt = corpora.resolve(sample.txt());
            List<String> expected = texts(importer.read(txt, sample.language()).paragraphs());
            Path pdf = out.resolve(txt.getFileName().toString().replaceAll("\\.txt$", ".pdf"));
            measure(importer, expected, pdf, sample.language(), sample.layout());
        }
        if (args.length > 2) {
            Path ntrex = Path.of(args[2]);
            measure(importer, lines(ntrex.resolve("newstest2019-src.eng.txt")), out.resolve("ntrex.en.pdf"),
                    Locale.ENGLISH, new LaidOutPdf.Layout(List.of("NTREX-128", "newstest2019"), "Page %d of %d"));
            measure(importer, lines(ntrex.resolve("newstest2019-ref.rus.txt")), out.resolve("ntrex.ru.pdf"),
                    Locale.forLanguageTag("ru"), new LaidOutPdf.Layout(List.of("NTREX-128 по-русски"), "%d"));
        }
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().map(ParagraphTextNormaliser::normalise).filter(l -> !l.isEmpty())
                .toList();
    }

    private static void measure(DocumentImporter importer, List<String> expected, Path pdf, Locale language,
            LaidOutPdf.Layout layout) throws Exception {
        {
            LaidOutPdf.Written written = LaidOutPdf.write(pdf, expected, layout);
            PdfParagraphs.Result result = PdfParagraphs.from(pages(pdf));
            List<String> imported = texts(importer.read(pdf, language).paragraphs());
            List<String> missing = new ArrayList<>(expected);
            missing.removeAll(imported);
            List<String> extra = new ArrayList<>(imported);
            extra.removeAll(expected);
            System.out.printf(Locale.ROOT, "%s: %d pages; txt %d paragraphs, pdf %d paragraphs, %d identical in order: %s;"
                    + " drawn %d hyphen breaks (%d soft) + %d compound breaks; rejoined %d words;"
                    + " dropped %d header/footer blocks; joined %d paragraphs across pages; %d txt paragraphs missing,"
                    + " %d pdf paragraphs not in txt%n",
                    pdf.getFileName(), written.pages(), expected.size(), imported.size(),
                    expected.size() - missing.size(), imported.equals(expected), written.hyphenBreaks(),
                    written.softHyphenBreaks(), written.compoundBreaks(), result.rejoinedWords(),
                    result.droppedFurniture().size(), result.joinedAcrossPages(), missing.size(), extra.size());
            List<String> before = beforeThisChange(pdf);
            System.out.printf(Locale.ROOT, "  before (ParagraphCollector, as sverka read PDFs until now): %d paragraphs,"
                    + " %d of the txt paragraphs among them%n", before.size(),
                    expected.stream().filter(before::contains).count());
            missing.forEach(m -> System.out.println("  missing: " + m));
            extra.forEach(e -> System.out.println("  extra:   " + e));
        }
    }

    static List<PdfPage> pages(Path pdf) throws Exception {
        PdfPageCollector collector = new PdfPageCollector(Integer.MAX_VALUE);
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            new AutoDetectParser().parse(in, collector, new Metadata(), new ParseContext());
        }
        return collector.pages();
    }

    /** The paragraphs of {@code pdf} as the collector for every other format makes them. */
    static List<String> beforeThisChange(Path pdf) throws Exception {
        ParagraphCollector collector = new ParagraphCollector(Integer.MAX_VALUE);
        try (TikaInputStream in = TikaInputStream.get(pdf)) {
            new AutoDetectParser().parse(in, collector, new Metadata(), new ParseContext());
        }
        return collector.paragraphs();
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
