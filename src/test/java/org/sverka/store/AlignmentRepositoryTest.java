package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;
import static org.sverka.store.SampleDocuments.english;
import static org.sverka.store.SampleDocuments.numbered;
import static org.sverka.store.SampleDocuments.russian;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.model.Bead.Status;

class AlignmentRepositoryTest {
    // english(): 0 "Good afternoon." 1 "We have just finished our talks." 2 "They were long and substantive."
    // russian(): 0 "Добрый день." 1 "Мы только что закончили переговоры." 2 "Они были долгими и содержательными."
    //            3 "Спасибо."
    private static final List<Bead> TALKS = List.of(
            Bead.automatic(0, 1, 0, 1, 0.95),
            new Bead(1, 2, 1, 2, 0.5, Status.CONFIRMED),
            Bead.automatic(3, 0, 3, 1, 0.25));

    private final Store store = Store.inMemory();
    private final AlignmentRepository alignments = store.alignments();
    private final long talks = store.texts().create("talks", english(), russian()).id();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void readsBackTheBeadsInOrder() {
        alignments.replace(talks, TALKS);

        assertThat(alignments.beads(talks)).isEqualTo(TALKS);
    }

    @Test
    void aTextNotYetAlignedHasNoBeads() {
        assertThat(alignments.beads(talks)).isEmpty();
        assertThat(alignments.page(talks, 1, 10)).isEmpty();
    }

    @Test
    void replacingDropsThePreviousAlignment() {
        alignments.replace(talks, TALKS);
        List<Bead> again = List.of(Bead.automatic(0, 3, 0, 4, 0.1));

        alignments.replace(talks, again);

        assertThat(alignments.beads(talks)).isEqualTo(again);
    }

    @Test
    void refusesOverlappingBeadsAndKeepsTheOldAlignment() {
        alignments.replace(talks, TALKS);
        List<Bead> overlapping = List.of(Bead.automatic(0, 2, 0, 1, 0.9), Bead.automatic(1, 1, 1, 1, 0.9));

        assertThatThrownBy(() -> alignments.replace(talks, overlapping))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("pair 2 (source 1+1, target 1+1) is out of place because it overlaps");
        assertThat(alignments.beads(talks)).isEqualTo(TALKS);
    }

    @Test
    void refusesBeadsBeyondTheText() {
        assertThatThrownBy(() -> alignments.replace(talks, List.of(Bead.automatic(0, 4, 0, 1, 0.9))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("the text has only 3 source and 4 target sentences");
        assertThat(alignments.beads(talks)).isEmpty();
    }

    @Test
    void acceptsGapsAndEmptySidesAnywhere() {
        List<Bead> sloppy = List.of(Bead.automatic(0, 0, 0, 1, 0.2), Bead.automatic(2, 1, 3, 1, 0.2));

        alignments.replace(talks, sloppy);

        assertThat(alignments.page(talks, 1, 5)).extracting(AlignedPair::sourceText, AlignedPair::targetText)
                .containsExactly(
                        tuple("", "Добрый день."),
                        tuple("They were long and substantive.", "Спасибо."));
    }

    @Test
    void aPageJoinsTheSentencesOfEachPairWithOneSpace() {
        alignments.replace(talks, TALKS);

        List<AlignedPair> page = alignments.page(talks, 1, 10);

        assertThat(page).containsExactly(
                new AlignedPair(1, "Good afternoon.", "Добрый день.", TALKS.get(0)),
                new AlignedPair(2, "We have just finished our talks. They were long and substantive.",
                        "Мы только что закончили переговоры. Они были долгими и содержательными.", TALKS.get(1)),
                new AlignedPair(3, "", "Спасибо.", TALKS.get(2)));
    }

    @Test
    void aPageStartsAtTheGivenNumber() {
        alignments.replace(talks, TALKS);

        assertThat(alignments.page(talks, 2, 1)).extracting(AlignedPair::number, AlignedPair::type)
                .containsExactly(tuple(2, "2-2"));
        assertThat(alignments.page(talks, 4, 10)).isEmpty();
        assertThat(alignments.page(talks, 1, 0)).isEmpty();
    }

    @Test
    void visitsEveryPairOfALongTextInOrder() {
        int sentences = 2 * AlignmentRepository.PAGE_SIZE + 7;
        long book = store.texts().create("book", numbered("b.en", Locale.ENGLISH, "Line", sentences),
                numbered("b.ru", SampleDocuments.RUSSIAN, "Строка", sentences)).id();
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            beads.add(Bead.automatic(i, 1, i, 1, 0.5));
        }
        alignments.replace(book, beads);
        List<AlignedPair> visited = new ArrayList<>();

        alignments.forEachPair(book, visited::add);

        assertThat(visited).hasSize(sentences);
        assertThat(visited).extracting(AlignedPair::number).isSorted().doesNotHaveDuplicates();
        assertThat(visited.get(sentences - 1))
                .isEqualTo(new AlignedPair(sentences, "Line 2006.", "Строка 2006.", beads.get(sentences - 1)));
        assertThat(visited.get(AlignmentRepository.PAGE_SIZE).sourceText()).isEqualTo("Line 1000.");
    }

    @Test
    void aVisitSeesTheAlignmentAsItWasWhenItStarted() {
        int sentences = AlignmentRepository.PAGE_SIZE + 10;
        long book = store.texts().create("book", numbered("b.en", Locale.ENGLISH, "Line", sentences),
                numbered("b.ru", SampleDocuments.RUSSIAN, "Строка", sentences)).id();
        List<Bead> before = new ArrayList<>();
        for (int i = 0; i < sentences; i++) {
            before.add(Bead.automatic(i, 1, i, 1, 0.5));
        }
        alignments.replace(book, before);
        List<Bead> after = List.of(Bead.automatic(0, sentences, 0, sentences, 0.1));
        List<Bead> visited = new ArrayList<>();

        alignments.forEachPair(book, pair -> {
            if (pair.number() == 1) {
                alignments.replace(book, after);
            }
            visited.add(pair.bead());
        });

        assertThat(visited).isEqualTo(before);
        assertThat(alignments.beads(book)).isEqualTo(after);
    }

    @Test
    void visitsNothingWhenTheTextIsNotAligned() {
        List<AlignedPair> visited = new ArrayList<>();

        alignments.forEachPair(talks, visited::add);

        assertThat(visited).isEmpty();
    }

    @Test
    void confirmsOnePairAndLeavesTheOthers() {
        alignments.replace(talks, TALKS);

        assertThat(alignments.setStatus(talks, 1, Status.CONFIRMED)).isTrue();
        assertThat(alignments.setStatus(talks, 2, Status.AUTOMATIC)).isTrue();

        assertThat(alignments.beads(talks)).extracting(Bead::status)
                .containsExactly(Status.CONFIRMED, Status.AUTOMATIC, Status.AUTOMATIC);
    }

    @Test
    void changingTheStatusOfAMissingPairReportsFalse() {
        alignments.replace(talks, TALKS);

        assertThat(alignments.setStatus(talks, 4, Status.CONFIRMED)).isFalse();
        assertThat(alignments.setStatus(talks, 0, Status.CONFIRMED)).isFalse();
    }

    @Test
    void countsPairTypesMeanConfidenceAndConfirmedPairs() {
        alignments.replace(talks, TALKS);

        AlignmentStats stats = alignments.stats(talks);

        assertThat(stats.sourceSentences()).isEqualTo(3);
        assertThat(stats.targetSentences()).isEqualTo(4);
        assertThat(stats.pairs()).isEqualTo(3);
        assertThat(stats.pairTypes()).containsExactly(Map.entry("0-1", 1), Map.entry("1-1", 1), Map.entry("2-2", 1));
        assertThat(stats.meanConfidence()).isCloseTo((0.95 + 0.5 + 0.25) / 3, offset(1e-9));
        assertThat(stats.confirmed()).isEqualTo(1);
    }

    @Test
    void statsOfAnUnalignedTextAreZero() {
        AlignmentStats stats = alignments.stats(talks);

        assertThat(stats).isEqualTo(new AlignmentStats(3, 4, 0, Map.of(), 0, 0));
    }

    @Test
    void everyReadOfAnUnknownTextSaysSo() {
        assertThatThrownBy(() -> alignments.beads(999)).isInstanceOf(UnknownTextException.class);
        assertThatThrownBy(() -> alignments.page(999, 1, 1)).isInstanceOf(UnknownTextException.class);
        assertThatThrownBy(() -> alignments.stats(999)).isInstanceOf(UnknownTextException.class);
        assertThatThrownBy(() -> alignments.forEachPair(999, pair -> { })).isInstanceOf(UnknownTextException.class);
        assertThatThrownBy(() -> alignments.replace(999, TALKS))
                .isInstanceOf(UnknownTextException.class)
                .hasMessage("There is no text with id 999 in an in-memory database; list the texts to see which exist.");
    }

    @Test
    void aFailingConsumerStopsTheVisitAndLeavesTheAlignment() {
        alignments.replace(talks, TALKS);

        assertThatThrownBy(() -> alignments.forEachPair(talks, pair -> {
            throw new IllegalStateException("export failed");
        })).hasMessage("export failed");
        assertThat(alignments.beads(talks)).isEqualTo(TALKS);
    }
}
