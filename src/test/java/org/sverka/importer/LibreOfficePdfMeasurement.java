package org.sverka.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.sverka.model.Paragraph;

/**
 * Has LibreOffice ({@code soffice}, a real third-party PDF producer) lay out the sample documents of
 * {@code corpora/} (every .txt, .html and .docx, and each .txt again as a DOCX with justified paragraphs), imports
 * each PDF and compares its paragraphs with the .txt version's. With a third argument, the NTREX folder of the
 * shared corpora, it does the same for all of NTREX's English and Russian lines (a DOCX per language, one
 * paragraph a line, left-aligned and justified). Paragraphs are set with no gap between them, the case a
 * reader must split by line lengths alone. Run from the repository root:
 * {@code java -cp target/test-classes:target/classes:<classpath> org.sverka.importer.LibreOfficePdfMeasurement
 * corpora /tmp/pdf9 [/work/shared/corpora/ntrex-en-ru]}.
 */
public final class LibreOfficePdfMeasurement {
    private LibreOfficePdfMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path corpora = Path.of(args[0]);
        Path out = Files.createDirectories(Path.of(args[1]));
        DocumentImporter importer = new DocumentImporter();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(corpora)) {
            sources = files.filter(f -> f.toString().matches(".*\\.(txt|html|docx)$")).sorted().toList();
        }
        int[] total = new int[2];
        for (Path source : sources) {
            String name = source.getFileName().toString();
            Locale language = Locale.forLanguageTag(name.contains(".ru.") ? "ru" : "en");
            Path txt = source.resolveSibling(name.replaceAll("\\.(html|docx)$", ".txt"));
            List<String> expected = texts(importer.read(txt, language).paragraphs());
            String stem = name.replace('.', '-');
            Path copy = Files.copy(source, out.resolve(stem + name.substring(name.lastIndexOf('.'))),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            add(total, measure(importer, expected, convert(copy, out), language));
            if (name.endsWith(".txt")) {
                Path justified = out.resolve(stem + "-justified.docx");
                docx(justified, expected, ParagraphAlignment.BOTH);
                add(total, measure(importer, expected, convert(justified, out), language));
            }
        }
        System.out.printf(Locale.ROOT, "corpora/: %d of %d txt paragraphs identical%n", total[0], total[1]);
        if (args.length > 2) {
            Path ntrex = Path.of(args[2]);
            for (String[] side : List.of(new String[] {"newstest2019-src.eng.txt", "en"},
                    new String[] {"newstest2019-ref.rus.txt", "ru"})) {
                List<String> lines = Files.readAllLines(ntrex.resolve(side[0])).stream()
                        .map(ParagraphTextNormaliser::normalise).filter(l -> !l.isEmpty()).toList();
                for (ParagraphAlignment alignment : List.of(ParagraphAlignment.LEFT, ParagraphAlignment.BOTH)) {
                    Path docx = out.resolve("ntrex-" + side[1] + "-" + alignment.name().toLowerCase(Locale.ROOT) + ".docx");
                    docx(docx, lines, alignment);
                    measure(importer, lines, convert(docx, out), Locale.forLanguageTag(side[1]));
                }
            }
        }
    }

    private static void add(int[] total, int[] one) {
        total[0] += one[0];
        total[1] += one[1];
    }

    /** The PDF that LibreOffice makes of {@code file}, beside it. */
    static Path convert(Path file, Path out) throws IOException, InterruptedException {
        Process soffice = new ProcessBuilder("soffice", "--headless", "--convert-to", "pdf", "--outdir",
                out.toString(), file.toString()).redirectErrorStream(true).redirectOutput(out.resolve("soffice.log").toFile())
                .start();
        if (!soffice.waitFor(10, TimeUnit.MINUTES) || soffice.exitValue() != 0) {
            throw new IOException("soffice failed on " + file);
        }
        String name = file.getFileName().toString();
        return out.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
    }

    static void docx(Path file, List<String> paragraphs, ParagraphAlignment alignment) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (String text : paragraphs) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setAlignment(alignment);
                paragraph.createRun().setText(text);
            }
            document.write(out);
        }
    }

    /** Prints how the PDF's import compares with {@code expected}; gives {identical, expected} paragraph counts. */
    private static int[] measure(DocumentImporter importer, List<String> expected, Path pdf, Locale language)
            throws Exception {
        List<String> imported = texts(importer.read(pdf, language).paragraphs());
        List<String> missing = new ArrayList<>(expected);
        for (String paragraph : imported) {
            missing.remove(paragraph);
        }
        List<String> extra = new ArrayList<>(imported);
        for (String paragraph : expected) {
            extra.remove(paragraph);
        }
        int identical = expected.size() - missing.size();
        System.out.printf(Locale.ROOT, "%s: %d bytes; txt %d paragraphs, pdf %d paragraphs, %d identical, equal in order:"
                + " %s%n", pdf.getFileName(), Files.size(pdf), expected.size(), imported.size(), identical,
                imported.equals(expected));
        if (expected.size() < 200) {
            extra.forEach(e -> System.out.println("  extra:   " + e));
        } else {
            extra.stream().limit(12).forEach(e -> System.out.println("  extra:   " + e));
        }
        return new int[] {identical, expected.size()};
    }

    private static List<String> texts(List<Paragraph> paragraphs) {
        return paragraphs.stream().map(Paragraph::text).toList();
    }
}
