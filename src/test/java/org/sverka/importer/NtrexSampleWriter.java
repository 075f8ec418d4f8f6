package org.sverka.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Optional;
import java.util.TimeZone;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the NTREX-128 sample documents shipped in {@code corpora/}: each chosen document's lines, one
 * paragraph per line, as HTML (English), DOCX and UTF-8 text. Run from the repository root with
 * {@code ./mvnw -o -q test-compile exec:java -Dexec.mainClass=org.sverka.importer.NtrexSampleWriter
 * -Dexec.classpathScope=test -Dexec.args="/work/shared/corpora/ntrex-en-ru corpora"}.
 */
public final class NtrexSampleWriter {
    /** A document of NTREX: its id, a file name stem, and which format each language gets. */
    record Sample(String docId, String stem, String englishFormat, String russianFormat) {
        Path folder(Path corpora) {
            return corpora.resolve("ntrex-" + docId);
        }
    }

    static final List<Sample> SAMPLES = List.of(
            new Sample("reuters.218865", "indonesia-earthquakes", "html", "docx"),
            new Sample("reuters.218932", "macedonia-referendum", "docx", "html"));

    private NtrexSampleWriter() {
    }

    public static void main(String[] args) throws IOException {
        Path ntrex = Path.of(args[0]);
        Path corpora = Path.of(args[1]);
        for (Sample sample : SAMPLES) {
            Path folder = Files.createDirectories(sample.folder(corpora));
            List<String> english = lines(ntrex, "newstest2019-src.eng.txt", sample.docId());
            List<String> russian = lines(ntrex, "newstest2019-ref.rus.txt", sample.docId());
            write(folder.resolve(sample.stem() + ".en." + sample.englishFormat()), english, "en");
            write(folder.resolve(sample.stem() + ".ru." + sample.russianFormat()), russian, "ru");
            write(folder.resolve(sample.stem() + ".en.txt"), english, "en");
            write(folder.resolve(sample.stem() + ".ru.txt"), russian, "ru");
            System.out.println(sample.docId() + ": " + english.size() + " lines, first line "
                    + firstLine(ntrex, sample.docId()) + ", written to " + sample.folder(corpora));
        }
    }

    /** The lines of one document, in order. */
    static List<String> lines(Path ntrex, String file, String docId) throws IOException {
        List<String> ids = Files.readAllLines(ntrex.resolve("DOCUMENT_IDS.tsv"), StandardCharsets.UTF_8);
        List<String> all = Files.readAllLines(ntrex.resolve(file), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            if (ids.get(i).strip().equals(docId)) {
                lines.add(all.get(i));
            }
        }
        return lines;
    }

    /** 1-based number of the document's first line in the NTREX files. */
    static int firstLine(Path ntrex, String docId) throws IOException {
        return Files.readAllLines(ntrex.resolve("DOCUMENT_IDS.tsv"), StandardCharsets.UTF_8).indexOf(docId) + 1;
    }

    private static void write(Path file, List<String> lines, String language) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".txt")) {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } else if (name.endsWith(".html")) {
            Files.writeString(file, html(lines, language), StandardCharsets.UTF_8);
        } else {
            docx(file, lines);
        }
    }

    private static String html(List<String> lines, String language) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html lang=\"" + language + "\">\n<head>\n"
                + "<meta charset=\"utf-8\">\n<title>" + escape(lines.get(0)) + "</title>\n</head>\n<body>\n<h1>"
                + escape(lines.get(0)) + "</h1>\n");
        for (String line : lines.subList(1, lines.size())) {
            html.append("<p>").append(escape(line)).append("</p>\n");
        }
        return html.append("</body>\n</html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void docx(Path file, List<String> lines) throws IOException {
        try (XWPFDocument document = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            Calendar fixed = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            fixed.clear();
            fixed.set(2018, Calendar.SEPTEMBER, 30);
            document.getProperties().getCoreProperties().setCreated(Optional.of(fixed.getTime()));
            for (String line : lines) {
                document.createParagraph().createRun().setText(line);
            }
            document.write(out);
        }
    }
}
