package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.review.BeadListInvariant;
import org.sverka.review.Side;
import org.sverka.store.Store;

/** Aligning a text again keeps what the reviewer confirmed and realigns only the rest. */
class WorkbenchAlignTest {
    private static final String NAME = QuakeStory.NAME;

    @TempDir
    Path dir;
    private Store store;
    private Workbench workbench;
    private Corrections corrections;

    @BeforeEach
    void importTheStory() throws Exception {
        store = Store.open(dir.resolve("db"));
        workbench = new Workbench(store);
        corrections = new Corrections(workbench);
        QuakeStory.importAligned(workbench, dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Bead> beads() {
        return store.alignments().beads(workbench.text(NAME).id());
    }

    @Test
    void confirmedPairsStayExactlyAsTheReviewerLeftThem() {
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.merge(NAME, 20);
        List<Bead> reviewed = beads().stream().filter(Bead::isConfirmed).toList();
        assertThat(reviewed).hasSize(3);

        List<Bead> realigned = workbench.align(NAME, Progress.NONE);

        assertThat(realigned.stream().filter(Bead::isConfirmed).toList()).isEqualTo(reviewed);
        assertThat(realigned).containsSubsequence(reviewed);
        assertThat(realigned.get(7)).isEqualTo(reviewed.get(0));
        BeadListInvariant.check(realigned, 27, 26);
        assertThat(beads()).isEqualTo(realigned);
    }

    @Test
    void theStretchesBetweenAnchorsAreAlignedAgain() {
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.merge(NAME, 3);
        corrections.unconfirm(NAME, 3, 3);
        assertThat(beads().get(2).type()).isEqualTo("2-2");

        List<Bead> realigned = workbench.align(NAME, Progress.NONE);

        assertThat(realigned.get(2).type()).isEqualTo("1-1");
        assertThat(realigned.get(3).type()).isEqualTo("1-1");
        assertThat(realigned).hasSize(27);
    }

    @Test
    void aligningAgainCanBeUndone() {
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.merge(NAME, 3);
        corrections.unconfirm(NAME, 3, 3);
        List<Bead> beforeAlign = beads();
        workbench.align(NAME, Progress.NONE);

        EditOutcome undone = corrections.undo(NAME);

        assertThat(undone.description()).isEqualTo("undid: align again");
        assertThat(beads()).isEqualTo(beforeAlign);
    }

    @Test
    void withoutConfirmedPairsTheWholeTextIsAlignedAgain() {
        List<Bead> first = beads();

        List<Bead> again = workbench.align(NAME, Progress.NONE);

        assertThat(again).isEqualTo(first);
        assertThat(store.edits().list(workbench.text(NAME).id())).isEmpty();
    }
}
