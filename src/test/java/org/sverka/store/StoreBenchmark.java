package org.sverka.store;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.sverka.model.Bead;

/**
 * Times the store on a book of 100,000 sentences per side in a fresh database file: import, alignment,
 * reading the sentences, exporting every pair, and deleting. Run it with
 * {@code java -cp target/test-classes:target/classes:<dependencies> org.sverka.store.StoreBenchmark [sentences]}.
 * Wall-clock figures from one run, after one warm-up run; they are for the report, not asserted anywhere.
 */
public final class StoreBenchmark {
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private StoreBenchmark() {
    }

    static List<Bead> oneToOne(int count) {
        List<Bead> beads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            beads.add(Bead.automatic(i, 1, i, 1, 0.75));
        }
        return beads;
    }

    public static void main(String[] args) throws IOException {
        int sentences = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path folder = Files.createTempDirectory("sverka-benchmark");
        try {
            run(folder.resolve("warm-up"), sentences, false);
            run(folder.resolve("measured"), sentences, true);
        } finally {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private static void run(Path base, int sentences, boolean print) throws IOException {
        DocumentRecord english = SampleDocuments.numbered("book.en.txt", Locale.ENGLISH,
                "A sentence of ordinary length, as novels have them, numbered", sentences);
        DocumentRecord russian = SampleDocuments.numbered("book.ru.txt", SampleDocuments.RUSSIAN,
                "Предложение обычной длины, какие бывают в романах, под номером", sentences);
        List<Bead> beads = oneToOne(sentences);
        long id;
        try (Store store = Store.open(base)) {
            id = time(print, "import " + sentences + " sentences per side",
                    () -> store.texts().create("book", english, russian).id());
        }
        Path file = Path.of(base + ".mv.db");
        if (print) {
            System.out.printf("database file after import: %,d bytes%n", Files.size(file));
        }
        time(print, "compact the database file", () -> {
            Store.compact(base);
            return 0;
        });
        if (print) {
            System.out.printf("database file after compact: %,d bytes%n", Files.size(file));
        }
        try (Store store = Store.open(base)) {
            time(print, "replace alignment (" + sentences + " beads)", () -> {
                store.alignments().replace(id, beads);
                return 0;
            });
            time(print, "read source sentences", () -> store.texts().sentences(id, Side.SOURCE).size());
            time(print, "forEachPair over all pairs", () -> {
                AtomicLong characters = new AtomicLong();
                store.alignments().forEachPair(id, pair -> characters.addAndGet(pair.sourceText().length()));
                return characters.get();
            });
            time(print, "stats", () -> store.alignments().stats(id).pairs());
            time(print, "delete the text", () -> store.texts().delete("book"));
        }
    }

    /** Prints wall-clock time and the CPU time of the whole JVM (all threads), which shared machines distort less. */
    private static <T> T time(boolean print, String what, Supplier<T> work) {
        long cpuStart = PROCESS.getProcessCpuTime();
        long start = System.nanoTime();
        T result = work.get();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (PROCESS.getProcessCpuTime() - cpuStart) / 1_000_000;
        if (print) {
            System.out.printf("%-45s %,7d ms wall %,7d ms cpu%n", what, millis, cpuMillis);
        }
        return result;
    }
}
