package org.sverka.importer;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times the import of a book-sized Russian FB2 (windows-1251), its .fb2.zip and an English EPUB, made of the
 * two NTREX stories in corpora/ repeated as chapters. Run from the repository root:
 * {@code java -cp target/test-classes:target/classes:<classpath> org.sverka.importer.BookImportMeasurement
 * /tmp/books8 400}; the second argument is the number of chapters.
 */
public final class BookImportMeasurement {
    private BookImportMeasurement() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Files.createDirectories(Path.of(args[0]));
        int copies = Integer.parseInt(args[1]);
        List<TestBooks.Chapter> russian = repeated(DocumentImporterBooksTest.chapters("ru"), copies);
        List<TestBooks.Chapter> english = repeated(DocumentImporterBooksTest.chapters("en"), copies);
        Charset cp1251 = Charset.forName("windows-1251");
        String fb2 = TestBooks.fb2("ru", "Статьи Рейтер", russian, new TestBooks.Fb2Extras("", "", "", List.of(), ""))
                .replace("ENCODING", "windows-1251");
        Path book = Files.write(out.resolve("book.ru.fb2"), fb2.getBytes(cp1251));
        Path zipped = TestBooks.zip(out.resolve("book.ru.fb2.zip"), "book.ru.fb2", fb2.getBytes(cp1251));
        Path epub = TestBooks.epub(out.resolve("book.en.epub"), "en", "Reuters stories", english);
        DocumentImporter importer = new DocumentImporter();
        String which = args.length > 2 ? args[2] : "all";
        for (int round = 0; round < 3; round++) {
            if (which.equals("all") || which.equals("fb2")) {
                time(importer, book, Locale.forLanguageTag("ru"));
            }
            if (which.equals("all") || which.equals("zip")) {
                time(importer, zipped, Locale.forLanguageTag("ru"));
            }
            if (which.equals("all") || which.equals("epub")) {
                time(importer, epub, Locale.ENGLISH);
            }
        }
    }

    private static List<TestBooks.Chapter> repeated(List<TestBooks.Chapter> chapters, int copies) {
        List<TestBooks.Chapter> all = new ArrayList<>();
        for (int i = 0; i < copies; i++) {
            all.add(chapters.get(i % chapters.size()));
        }
        return all;
    }

    private static void time(DocumentImporter importer, Path file, Locale language) throws IOException {
        long start = System.nanoTime();
        ImportedDocument document = importer.read(file, language);
        long millis = (System.nanoTime() - start) / 1_000_000;
        long chars = document.paragraphs().stream().mapToLong(p -> p.text().length()).sum();
        System.out.printf(Locale.ROOT, "%s: %,d bytes, %,d paragraphs, %,d characters, %,d ms%n", file.getFileName(),
                Files.size(file), document.paragraphs().size(), chars, millis);
    }
}
