package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sverka.store.SampleDocuments.english;
import static org.sverka.store.SampleDocuments.russian;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Bead;
import org.sverka.model.Bead.Status;

class EditHistoryRepositoryTest {
    // english(): 3 sentences; russian(): 4 sentences
    private static final Bead ONE = Bead.automatic(0, 1, 0, 1, 0.9);
    private static final Bead TWO = Bead.automatic(1, 1, 1, 1, 0.8);
    private static final Bead THREE = Bead.automatic(2, 1, 2, 2, 0.3);
    private static final Bead TWO_AND_THREE = new Bead(1, 2, 1, 3, 1.0, Status.CONFIRMED);

    @TempDir
    Path dir;
    private Store store;
    private long talks;

    private void open() {
        store = Store.open(dir.resolve("db"));
    }

    private void start() {
        open();
        talks = store.texts().create("talks", english(), russian()).id();
        store.alignments().replace(talks, List.of(ONE, TWO, THREE));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void recordingWritesTheSliceAndRenumbersTheRest() {
        start();
        Bead third = Bead.automatic(2, 1, 2, 1, 0.4);
        Bead fourth = Bead.automatic(3, 0, 3, 1, 0.1);
        store.alignments().replace(talks, List.of(ONE, TWO, third, fourth));

        store.edits().record(talks, "merge", new BeadSlice(0, List.of(ONE, TWO), List.of(new Bead(0, 2, 0, 2, 1.0, Status.CONFIRMED))));

        assertThat(store.alignments().beads(talks)).containsExactly(new Bead(0, 2, 0, 2, 1.0, Status.CONFIRMED), third, fourth);
        assertThat(store.alignments().page(talks, 3, 1).get(0).targetText()).isEqualTo("Спасибо.");
        assertThat(store.edits().list(talks)).containsExactly(new StoredEdit(0, "merge", false));
    }

    @Test
    void undoAndRedoSurviveClosingTheStore() {
        start();
        BeadSlice merge = new BeadSlice(1, List.of(TWO, THREE), List.of(TWO_AND_THREE));
        store.edits().record(talks, "merge 2 and 3", merge);
        store.close();

        open();
        StoredEdit last = store.edits().lastApplied(talks).orElseThrow();
        store.edits().undo(talks, last, new BeadSlice(1, List.of(TWO_AND_THREE), List.of(TWO, THREE)));
        store.close();

        open();
        assertThat(store.alignments().beads(talks)).containsExactly(ONE, TWO, THREE);
        StoredEdit undone = store.edits().firstUndone(talks).orElseThrow();
        assertThat(undone).isEqualTo(new StoredEdit(0, "merge 2 and 3", true));
        assertThat(store.edits().lastApplied(talks)).isEmpty();

        store.edits().redo(talks, undone, merge);

        assertThat(store.alignments().beads(talks)).containsExactly(ONE, TWO_AND_THREE);
        assertThat(store.edits().firstUndone(talks)).isEmpty();
    }

    @Test
    void aNewEditDropsTheUndoneOnes() {
        start();
        BeadSlice confirm = new BeadSlice(0, List.of(ONE), List.of(ONE.withStatus(Status.CONFIRMED)));
        store.edits().record(talks, "confirm 1", confirm);
        store.edits().undo(talks, store.edits().lastApplied(talks).orElseThrow(),
                new BeadSlice(0, List.of(ONE.withStatus(Status.CONFIRMED)), List.of(ONE)));

        store.edits().record(talks, "confirm 2", new BeadSlice(1, List.of(TWO), List.of(TWO.withStatus(Status.CONFIRMED))));

        assertThat(store.edits().list(talks)).containsExactly(new StoredEdit(0, "confirm 2", false));
    }

    @Test
    void refusesASliceThatIsNoLongerThereAndWritesNothing() {
        start();

        assertThatThrownBy(() -> store.edits().record(talks, "merge", new BeadSlice(0, List.of(TWO), List.of(TWO_AND_THREE))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("pairs 1-1 of text " + talks)
                .hasMessageContaining("changed since they were read");
        assertThat(store.alignments().beads(talks)).containsExactly(ONE, TWO, THREE);
        assertThat(store.edits().list(talks)).isEmpty();
    }

    @Test
    void refusesToUndoAnEditThatIsNotTheLastOne() {
        start();
        store.edits().record(talks, "confirm 1", new BeadSlice(0, List.of(ONE), List.of(ONE.withStatus(Status.CONFIRMED))));
        StoredEdit first = store.edits().lastApplied(talks).orElseThrow();
        store.edits().record(talks, "confirm 2", new BeadSlice(1, List.of(TWO), List.of(TWO.withStatus(Status.CONFIRMED))));

        assertThatThrownBy(() -> store.edits().undo(talks, first,
                new BeadSlice(0, List.of(ONE.withStatus(Status.CONFIRMED)), List.of(ONE))))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("The edit history of text " + talks)
                .hasMessageContaining("try undo again");
        assertThat(store.alignments().beads(talks).get(0).isConfirmed()).isTrue();
    }

    @Test
    void rewritesASentenceAndTakesItBack() {
        start();
        store.edits().record(talks, "typo", new SentenceText(Side.TARGET, 3, "Спасибо.", "Спасибо всем."));

        assertThat(store.texts().sentences(talks, Side.TARGET).get(3).text()).isEqualTo("Спасибо всем.");
        assertThat(store.alignments().page(talks, 3, 1).get(0).targetText()).endsWith("Спасибо всем.");

        store.edits().undo(talks, store.edits().lastApplied(talks).orElseThrow(),
                new SentenceText(Side.TARGET, 3, "Спасибо всем.", "Спасибо."));

        assertThat(store.texts().sentences(talks, Side.TARGET).get(3).text()).isEqualTo("Спасибо.");
    }

    @Test
    void refusesToRewriteASentenceThatReadsOtherwise() {
        start();

        assertThatThrownBy(() -> store.edits().record(talks, "typo", new SentenceText(Side.SOURCE, 0, "Hello.", "Hi.")))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("source sentence 0");
        assertThat(store.edits().list(talks)).isEmpty();
    }

    @Test
    void deletingATextDeletesItsHistory() {
        start();
        store.edits().record(talks, "confirm 1", new BeadSlice(0, List.of(ONE), List.of(ONE.withStatus(Status.CONFIRMED))));

        store.texts().delete("talks");

        assertThatThrownBy(() -> store.edits().list(talks)).isInstanceOf(UnknownTextException.class);
        long rows = store.database().inTransaction("count edits", connection -> {
            try (var query = connection.prepareStatement("SELECT COUNT(*) FROM edits"); var row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        assertThat(rows).isZero();
    }
}
