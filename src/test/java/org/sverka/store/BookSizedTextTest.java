package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.model.Sentence;

/** A book of 100,000 sentences per side goes through the store whole: import, align, reopen, read, export. */
class BookSizedTextTest {
    private static final int SENTENCES = 100_000;

    @TempDir
    Path folder;

    @Test
    void storesAndReadsBackOneHundredThousandSentencesPerSide() {
        DocumentRecord english = SampleDocuments.numbered("book.en.txt", Locale.ENGLISH, "Sentence", SENTENCES);
        DocumentRecord russian = SampleDocuments.numbered("book.ru.txt", SampleDocuments.RUSSIAN, "Предложение", SENTENCES);
        List<Bead> beads = StoreBenchmark.oneToOne(SENTENCES);
        Path base = folder.resolve("book");
        long id;
        try (Store store = Store.open(base)) {
            id = store.texts().create("book", english, russian).id();
            store.alignments().replace(id, beads);
        }

        try (Store store = Store.open(base)) {
            List<Sentence> target = store.texts().sentences(id, Side.TARGET);
            assertThat(target).isEqualTo(russian.sentences());
            assertThat(store.texts().paragraphs(id, Side.SOURCE)).isEqualTo(english.paragraphs());
            AtomicInteger visited = new AtomicInteger();
            store.alignments().forEachPair(id, pair -> {
                int n = visited.incrementAndGet();
                if (pair.number() != n || !pair.targetText().equals("Предложение " + (n - 1) + ".")) {
                    throw new AssertionError("pair " + n + " came out as " + pair);
                }
            });
            assertThat(visited).hasValue(SENTENCES);
            assertThat(store.alignments().page(id, SENTENCES, 5))
                    .containsExactly(new AlignedPair(SENTENCES, "Sentence 99999.", "Предложение 99999.",
                            beads.get(SENTENCES - 1)));
        }
    }
}
