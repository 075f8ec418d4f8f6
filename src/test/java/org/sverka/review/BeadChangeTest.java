package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeadChangeTest {
    private final List<Bead> beads = Beads.of("1-1", "1-1", "2-1", "0-1");

    @Test
    void applyReplacesOnlyTheSliceAndRevertRestoresTheList() {
        BeadChange change = PairEdits.merge(beads, 2);
        List<Bead> merged = change.apply(beads);
        assertThat(Beads.types(merged)).containsExactly("1-1", "3-2", "0-1");
        assertThat(merged.get(0)).isSameAs(beads.get(0));
        assertThat(change.revert(merged)).isEqualTo(beads);
    }

    @Test
    void applyLeavesItsArgumentUnchanged() {
        List<Bead> copy = List.copyOf(beads);
        PairEdits.merge(beads, 1).apply(beads);
        assertThat(beads).isEqualTo(copy);
    }

    @Test
    void applyRefusesAListThatNoLongerHoldsTheBeforeSlice() {
        BeadChange change = PairEdits.merge(beads, 2);
        List<Bead> other = PairEdits.merge(beads, 1).apply(beads);
        assertThatThrownBy(() -> change.apply(other))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Cannot redo \"merge pairs 2 and 3\": pairs 2-3 are no longer what that edit left"
                        + " (the text was changed another way since).");
    }

    @Test
    void revertRefusesAListShorterThanTheChange() {
        BeadChange change = PairEdits.split(beads, 3, 1, 1);
        assertThatThrownBy(() -> change.revert(beads.subList(0, 2)))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessageStartingWith("Cannot undo \"split pair 3 after 1 source and 1 target sentences\"");
    }

    @Test
    void betweenKeepsOnlyTheDifferingMiddle() {
        List<Bead> after = PairEdits.merge(beads, 2).apply(beads);
        BeadChange change = BeadChange.between("realign", beads, after);
        assertThat(change.fromIndex()).isEqualTo(1);
        assertThat(change.before()).containsExactly(beads.get(1), beads.get(2));
        assertThat(change.after()).containsExactly(after.get(1));
        assertThat(change.apply(beads)).isEqualTo(after);
    }

    @Test
    void betweenEqualListsChangesNothing() {
        BeadChange change = BeadChange.between("realign", beads, List.copyOf(beads));
        assertThat(change.changesNothing()).isTrue();
        assertThat(change.before()).isEmpty();
        assertThat(change.apply(beads)).isEqualTo(beads);
    }

    @Test
    void inverseAppliedUndoesTheChange() {
        BeadChange change = PairEdits.split(beads, 3, 1, 0);
        assertThat(change.inverse().apply(change.apply(beads))).isEqualTo(beads);
    }

    @Test
    void encodesToOneReadableLine() {
        BeadChange change = new BeadChange("merge pairs 4 and 5", 3,
                List.of(Bead.automatic(3, 1, 3, 1, 0.82), Bead.automatic(4, 1, 4, 0, 0.4)),
                List.of(new Bead(3, 2, 3, 1, 1.0, Bead.Status.CONFIRMED)));
        assertThat(change.encode()).isEqualTo("b1|3|3+1:3+1:0.82:A;4+1:4+0:0.4:A|3+2:3+1:1.0:C|merge pairs 4 and 5");
    }

    @Test
    void decodeReadsBackExactlyWhatEncodeWrote() {
        BeadChange change = new BeadChange("Reviewer's note | with bars\nand a newline \\ and a backslash", 7,
                List.of(Bead.automatic(10, 2, 9, 1, 0.1 + 0.2), Bead.automatic(12, 0, 10, 1, 1e-9)),
                List.of(new Bead(10, 2, 9, 2, 1.0, Bead.Status.CONFIRMED)));
        String line = change.encode();
        assertThat(line).doesNotContain("\n");
        assertThat(BeadChange.decode(line)).isEqualTo(change);
    }

    @Test
    void decodeReadsAChangeWithAnEmptySide() {
        BeadChange change = new BeadChange("confirm pairs 3-5", 2, List.of(), List.of());
        assertThat(BeadChange.decode(change.encode())).isEqualTo(change);
    }

    @Test
    void decodeRefusesAnotherFormatVersion() {
        assertThatThrownBy(() -> BeadChange.decode("b9|0||1+1:1+1:1.0:C|x"))
                .isInstanceOf(UnreadableChangeException.class)
                .hasMessage("Stored edit \"b9|0||1+1:1+1:1.0:C|x\" cannot be read (expected b1|fromIndex|before|after"
                        + "|description): the edit history is damaged; clear it to go on editing.");
    }

    @Test
    void decodeRefusesABadBeadAndKeepsTheCause() {
        assertThatThrownBy(() -> BeadChange.decode("b1|0|1+x:1+1:0.5:A||bad"))
                .isInstanceOf(UnreadableChangeException.class)
                .hasCauseInstanceOf(NumberFormatException.class)
                .hasMessageContaining("cannot be read");
        assertThatThrownBy(() -> BeadChange.decode("b1|0|0+0:0+0:0.5:A||empty bead"))
                .isInstanceOf(UnreadableChangeException.class)
                .hasMessageContaining("a bead must hold at least one sentence");
        assertThatThrownBy(() -> BeadChange.decode("b1|0|0+1:0+1:0.5:X||bad status"))
                .isInstanceOf(UnreadableChangeException.class)
                .hasMessageContaining("bad bead \"0+1:0+1:0.5:X\"");
    }

    @Test
    void decodeRefusesAnEmptyLine() {
        assertThatThrownBy(() -> BeadChange.decode("")).isInstanceOf(UnreadableChangeException.class);
    }
}
