package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EditHistoryTest {
    private final List<Bead> start = Beads.of("1-1", "1-1", "1-1", "1-1");

    @Test
    void undoThenRedoWalksThroughTheEdits() {
        BeadChange merge = PairEdits.merge(start, 1);
        List<Bead> merged = merge.apply(start);
        BeadChange split = PairEdits.split(merged, 1, 1, 0);
        List<Bead> edited = split.apply(merged);
        EditHistory history = new EditHistory().record(merge).record(split);

        EditHistory.Step undone = history.undo(edited);
        assertThat(undone.beads()).isEqualTo(merged);
        assertThat(undone.change()).isEqualTo(split);
        EditHistory.Step again = undone.history().undo(undone.beads());
        assertThat(again.beads()).isEqualTo(start);
        assertThat(again.history().canUndo()).isFalse();
        EditHistory.Step redone = again.history().redo(again.beads());
        assertThat(redone.beads()).isEqualTo(merged);
        assertThat(redone.history().applied()).isEqualTo(1);
    }

    @Test
    void recordingAfterAnUndoDropsTheUndoneEdits() {
        BeadChange merge = PairEdits.merge(start, 1);
        EditHistory history = new EditHistory().record(merge).undo(merge.apply(start)).history();
        BeadChange confirm = PairEdits.confirm(start, 4, 4);
        EditHistory next = history.record(confirm);
        assertThat(next.changes()).containsExactly(confirm);
        assertThat(next.canRedo()).isFalse();
    }

    @Test
    void aChangeThatChangesNothingIsNotRecorded() {
        List<Bead> confirmed = PairEdits.confirm(start, 1, 4).apply(start);
        EditHistory history = new EditHistory().record(PairEdits.confirm(confirmed, 2, 3));
        assertThat(history.changes()).isEmpty();
    }

    @Test
    void survivesARestartThroughTheEncodedLines() {
        BeadChange merge = PairEdits.merge(start, 2);
        EditHistory history = new EditHistory().record(merge);
        List<String> stored = history.changes().stream().map(BeadChange::encode).toList();
        EditHistory restored = new EditHistory(stored.stream().map(BeadChange::decode).toList(), history.applied());
        assertThat(restored).isEqualTo(history);
        assertThat(restored.undo(merge.apply(start)).beads()).isEqualTo(start);
    }

    @Test
    void undoRefusesWhenNothingWasEdited() {
        assertThatThrownBy(() -> new EditHistory().undo(start))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Nothing to undo: no edit was made on this text.");
    }

    @Test
    void redoRefusesWhenNothingWasUndone() {
        EditHistory history = new EditHistory().record(PairEdits.merge(start, 1));
        assertThatThrownBy(() -> history.redo(start))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Nothing to redo: no edit was undone since the last one.");
    }

    @Test
    void rejectsACursorOutsideTheHistory() {
        assertThatThrownBy(() -> new EditHistory(List.of(), 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
