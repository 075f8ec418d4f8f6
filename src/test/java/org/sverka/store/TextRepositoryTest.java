package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sverka.store.SampleDocuments.RUSSIAN;
import static org.sverka.store.SampleDocuments.document;
import static org.sverka.store.SampleDocuments.english;
import static org.sverka.store.SampleDocuments.russian;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;
import org.sverka.model.Paragraph;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

class TextRepositoryTest {
    private final Store store = Store.inMemory();
    private final TextRepository texts = store.texts();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void roundTripsATextWithCyrillicSentencesAndParagraphs() {
        Instant before = Instant.now();
        TextInfo created = texts.create("переговоры", english(), russian());

        TextInfo found = texts.find("переговоры").orElseThrow();
        assertThat(found).isEqualTo(created);
        assertThat(found.sourceLanguage()).isEqualTo(Locale.ENGLISH);
        assertThat(found.targetLanguage()).isEqualTo(RUSSIAN);
        assertThat(found.sourceFile()).isEqualTo("talks.en.txt");
        assertThat(found.targetFile()).isEqualTo("talks.ru.txt");
        assertThat(found.sourceSentences()).isEqualTo(3);
        assertThat(found.targetSentences()).isEqualTo(4);
        assertThat(found.pairs()).isZero();
        assertThat(found.created()).isBetween(before.minusSeconds(1), Instant.now());
        assertThat(texts.sentences(found.id(), Side.TARGET)).isEqualTo(russian().sentences());
        assertThat(texts.sentences(found.id(), Side.SOURCE)).isEqualTo(english().sentences());
        assertThat(texts.paragraphs(found.id(), Side.TARGET)).containsExactly(
                new Paragraph(0, "Добрый день. Мы только что закончили переговоры."),
                new Paragraph(1, "Они были долгими и содержательными. Спасибо."));
    }

    @Test
    void keepsAnyLanguagePair() {
        DocumentRecord german = document("berg.de.txt", Locale.GERMAN, "Der Gipfel.");
        DocumentRecord french = document("berg.fr.txt", Locale.CANADA_FRENCH, "Le sommet.");

        TextInfo text = texts.create("berg", german, french);

        assertThat(texts.find("berg").orElseThrow().targetLanguage()).isEqualTo(Locale.CANADA_FRENCH);
        assertThat(texts.sentences(text.id(), Side.SOURCE)).containsExactly(new Sentence(0, 0, "Der Gipfel."));
    }

    @Test
    void storesEmptyDocuments() {
        DocumentRecord empty = new DocumentRecord("empty.txt", 0, SampleDocuments.sha256(new byte[0]),
                "text/plain", "UTF-8", Locale.ENGLISH, List.of(), List.of());

        TextInfo text = texts.create("empty", empty, russian());

        assertThat(texts.sentences(text.id(), Side.SOURCE)).isEmpty();
        assertThat(texts.paragraphs(text.id(), Side.SOURCE)).isEmpty();
        assertThat(text.sourceSentences()).isZero();
    }

    @Test
    void findsNothingForAnUnknownName() {
        texts.create("talks", english(), russian());

        assertThat(texts.find("Talks")).isEmpty();
        assertThat(texts.find("")).isEmpty();
    }

    @Test
    void listsTextsByNameWithTheirPairCounts() {
        TextInfo talks = texts.create("talks", english(), russian());
        texts.create("berg", document("a.txt", Locale.GERMAN, "Eins."), document("b.txt", Locale.FRENCH, "Un."));
        store.alignments().replace(talks.id(), List.of(Bead.automatic(0, 1, 0, 1, 0.9)));

        List<TextInfo> listed = texts.list();

        assertThat(listed).extracting(TextInfo::name).containsExactly("berg", "talks");
        assertThat(listed.get(1).pairs()).isEqualTo(1);
        assertThat(texts.names()).containsExactly("berg", "talks");
    }

    @Test
    void listsNothingInAnEmptyStore() {
        assertThat(texts.list()).isEmpty();
        assertThat(texts.names()).isEmpty();
    }

    @Test
    void refusesATakenNameAndLeavesTheStoreAsItWas() {
        texts.create("talks", english(), russian());
        Map<String, Long> before = TableRows.count(store);

        assertThatThrownBy(() -> texts.create("talks", russian(), english()))
                .isInstanceOf(TextNameTakenException.class)
                .hasMessage("A text named 'talks' already exists in an in-memory database;"
                        + " choose another name or delete the old text first.");
        assertThat(TableRows.count(store)).isEqualTo(before);
    }

    @Test
    void aFailureMidwayThroughAnImportLeavesNothing() {
        texts.create("first", english(), russian());
        Map<String, Long> before = TableRows.count(store);
        long sourceRows = DocumentWriter.rowsOf(english());
        Progress failsOnTarget = (stage, done, total) -> {
            if (done > sourceRows) {
                throw new IllegalStateException("disk unplugged");
            }
        };
        DocumentRecord target = document("second.ru.txt", RUSSIAN, "Вторая.");

        assertThatThrownBy(() -> texts.create("second", english(), target, failsOnTarget))
                .hasMessage("disk unplugged");
        assertThat(TableRows.count(store)).isEqualTo(before);
        assertThat(texts.find("second")).isEmpty();
        assertThat(texts.textNameContaining(target.sha256())).isEmpty();
    }

    @Test
    void ofTwoImportsRacingForOneNameExactlyOneWins() throws Exception {
        // Both imports meet at the barrier after their name checks passed, so the database decides.
        CyclicBarrier bothStarted = new CyclicBarrier(2);
        Progress meet = (stage, done, total) -> {
            if (done <= DocumentWriter.rowsOf(english())) {
                await(bothStarted);
            }
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<TextInfo>> imports = List.of(
                    threads.submit(() -> texts.create("talks", english(), russian(), meet)),
                    threads.submit(() -> texts.create("talks", english(), russian(), meet)));
            List<Throwable> failures = new ArrayList<>();
            for (Future<TextInfo> result : imports) {
                try {
                    result.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }

            assertThat(failures).singleElement().isInstanceOf(TextNameTakenException.class);
            assertThat(texts.names()).containsExactly("talks");
            assertThat(TableRows.count(store)).containsEntry("documents", 2L);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the other import did not start", e);
        }
    }

    @Test
    void reportsProgressInRowsUpToTheTotal() {
        List<long[]> reports = new ArrayList<>();
        texts.create("talks", english(), russian(), (stage, done, total) -> reports.add(new long[] {done, total}));

        long total = DocumentWriter.rowsOf(english()) + DocumentWriter.rowsOf(russian());
        assertThat(reports).isNotEmpty();
        assertThat(reports.get(reports.size() - 1)).containsExactly(total, total);
    }

    @Test
    void refusesABlankOrOverlongName() {
        assertThatThrownBy(() -> texts.create("  ", english(), russian()))
                .isInstanceOf(StoreException.class).hasMessageContaining("must have 1 to 200 characters");
        assertThatThrownBy(() -> texts.create("x".repeat(201), english(), russian()))
                .isInstanceOf(StoreException.class);
        assertThat(texts.list()).isEmpty();
    }

    @Test
    void anOverlongNameIsShownShortenedInTheMessage() {
        assertThatThrownBy(() -> texts.create("x".repeat(100_000), english(), russian()))
                .hasMessageContaining("(100000 characters)").hasMessageContaining("x".repeat(60) + "...")
                .hasMessageNotContaining("x".repeat(61));
    }

    @Test
    void noticesADocumentImportedBefore() {
        texts.create("talks", english(), russian());

        assertThat(texts.textNameContaining(russian().sha256())).contains("talks");
        assertThat(texts.textNameContaining(english().sha256().toUpperCase(Locale.ROOT))).contains("talks");
        assertThat(texts.textNameContaining(SampleDocuments.sha256(new byte[] {1}))).isEmpty();
    }

    @Test
    void deletesTheTextWithEverythingItOwns() {
        TextInfo talks = texts.create("talks", english(), russian());
        store.alignments().replace(talks.id(), List.of(Bead.automatic(0, 1, 0, 1, 0.9)));
        Map<String, Long> before = TableRows.count(store);
        long other = texts.create("other", english(), russian()).id();
        store.alignments().replace(other, List.of(Bead.automatic(0, 1, 0, 1, 0.9)));
        store.findings().replace(other, List.of(new FindingRecord(1, "NUMBERS", "ERROR", "2 is missing",
                List.of(), List.of(), "abc")));
        store.findings().dismiss(other, "abc");

        assertThat(texts.delete("other")).isTrue();
        assertThat(TableRows.count(store)).isEqualTo(before);
        assertThat(texts.delete("talks")).isTrue();
        assertThat(TableRows.count(store).values()).containsOnly(0L);
        assertThat(texts.textNameContaining(english().sha256())).isEmpty();
    }

    @Test
    void deletingAnUnknownTextReportsFalse() {
        assertThat(texts.delete("nothing")).isFalse();
    }

    @Test
    void aDeletedNameCanBeUsedAgain() {
        texts.create("talks", english(), russian());
        texts.delete("talks");

        TextInfo again = texts.create("talks", russian(), english());

        assertThat(again.sourceLanguage()).isEqualTo(RUSSIAN);
    }

    @Test
    void readingSentencesOfAnUnknownTextSaysSo() {
        assertThatThrownBy(() -> texts.sentences(42, Side.SOURCE))
                .isInstanceOf(UnknownTextException.class)
                .hasMessageContaining("no text with id 42");
    }
}
