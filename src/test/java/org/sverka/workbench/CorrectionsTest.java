package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.model.Bead.Status;
import org.sverka.review.ReviewRefusedException;
import org.sverka.review.Side;
import org.sverka.store.Store;

class CorrectionsTest {
    private static final String NAME = QuakeStory.NAME;

    @TempDir
    Path dir;
    private Store store;
    private Workbench workbench;
    private Corrections corrections;

    @BeforeEach
    void importTheStory() throws Exception {
        open();
        QuakeStory.importWithOneMistake(workbench, dir);
    }

    private void open() {
        store = Store.open(dir.resolve("db"));
        workbench = new Workbench(store);
        corrections = new Corrections(workbench);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Bead> beads() {
        return store.alignments().beads(workbench.text(NAME).id());
    }

    private AlignedPair pair(int number) {
        return workbench.pairs(NAME, number, 1).get(0);
    }

    @Test
    void theStoryStartsWithOneMistakeForTheReviewer() {
        assertThat(beads()).hasSize(26);
        assertThat(beads().get(7)).extracting(Bead::sourceStart, Bead::sourceCount, Bead::targetStart, Bead::targetCount)
                .containsExactly(7, 2, 7, 1);
    }

    @Test
    void mergesAPairWithTheNextIntoOneConfirmedPair() {
        EditOutcome outcome = corrections.merge(NAME, 3);

        assertThat(outcome.description()).isEqualTo("merge pairs 3 and 4");
        assertThat(outcome.firstPair()).isEqualTo(3);
        assertThat(beads()).hasSize(25);
        assertThat(pair(3).bead()).isEqualTo(new Bead(2, 2, 2, 2, 1.0, Status.CONFIRMED));
        assertThat(pair(3).sourceText()).startsWith("With communications knocked out").endsWith("after the disaster struck.");
        assertThat(pair(3).targetText()).contains("эвакуированы более 16 000 человек");
    }

    @Test
    void refusesToMergeTheLastPair() {
        assertThatThrownBy(() -> corrections.merge(NAME, 26))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Pair 26 is the last pair: there is no next pair to merge with.");
        assertThat(beads()).hasSize(26);
    }

    @Test
    void refusesAPairNumberOutsideTheText() {
        assertThatThrownBy(() -> corrections.confirm(NAME, 0, 2))
                .hasMessage("There is no pair 0: the text has 26 pairs (1-26).");
    }

    @Test
    void splitsTheTwoToOnePairWhereTheReviewerSays() {
        corrections.split(NAME, 8, 1, 0);

        assertThat(beads().subList(7, 9)).containsExactly(
                new Bead(7, 1, 7, 0, 1.0, Status.CONFIRMED), new Bead(8, 1, 7, 1, 1.0, Status.CONFIRMED));
        assertThat(pair(8).targetText()).isEmpty();
        assertThat(pair(9).targetText()).isEqualTo(store.texts().sentences(workbench.text(NAME).id(),
                org.sverka.store.Side.TARGET).get(7).text());
    }

    @Test
    void refusesASplitThatLeavesAnEmptyPart() {
        assertThatThrownBy(() -> corrections.split(NAME, 8, 2, 1))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Splitting pair 8 (2-1) after 2 source and 1 target sentences would leave the second part"
                        + " empty: each part needs at least one sentence.");
    }

    @Test
    void movesASentenceAcrossTheBoundaryToThePreviousPair() {
        EditOutcome outcome = corrections.move(NAME, 8, Side.SOURCE, false);

        assertThat(outcome.firstPair()).isEqualTo(7);
        assertThat(outcome.lastPair()).isEqualTo(8);
        assertThat(beads().subList(6, 8)).containsExactly(
                new Bead(6, 2, 6, 1, 1.0, Status.CONFIRMED), new Bead(8, 1, 7, 1, 1.0, Status.CONFIRMED));
    }

    @Test
    void refusesToMoveTheFirstSentenceBeforeTheFirstPair() {
        assertThatThrownBy(() -> corrections.move(NAME, 1, Side.TARGET, false))
                .hasMessage("Pair 1 is the first pair: there is no previous pair to move its first target sentence to.");
    }

    @Test
    void detachesTheSentenceWithoutTranslationIntoAOneToZeroPair() {
        corrections.detach(NAME, 8, Side.SOURCE, 7);

        assertThat(beads()).hasSize(27);
        assertThat(pair(8).type()).isEqualTo("1-0");
        assertThat(pair(8).targetText()).isEmpty();
        assertThat(pair(9).bead()).isEqualTo(new Bead(8, 1, 7, 1, 1.0, Status.CONFIRMED));
    }

    @Test
    void refusesToDetachASentenceFromTheMiddleOfAPair() {
        corrections.merge(NAME, 8);

        assertThatThrownBy(() -> corrections.detach(NAME, 8, Side.SOURCE, 8))
                .hasMessage("Source sentence 8 is in the middle of pair 8 (source sentences 7-9): only the first or the"
                        + " last can be detached without breaking the order; split the pair first.");
    }

    @Test
    void refusesToDetachASentenceOfAnotherPair() {
        assertThatThrownBy(() -> corrections.detach(NAME, 8, Side.TARGET, 3))
                .hasMessage("Target sentence 3 is not in pair 8 (it holds target sentence 7).");
    }

    @Test
    void confirmsARangeAndUnconfirmingGivesBackTheAlignersConfidence() {
        double before = beads().get(7).confidence();

        corrections.confirm(NAME, 5, 8);

        assertThat(beads().subList(4, 8)).allMatch(Bead::isConfirmed);
        assertThat(beads().get(8).isConfirmed()).isFalse();
        corrections.unconfirm(NAME, 8, 8);
        assertThat(beads().get(7)).isEqualTo(Bead.automatic(7, 2, 7, 1, before));
    }

    @Test
    void confirmingConfirmedPairsChangesNothingAndRecordsNothing() {
        corrections.confirm(NAME, 2, 2);

        EditOutcome again = corrections.confirm(NAME, 2, 2);

        assertThat(again.changed()).isFalse();
        assertThat(store.edits().list(workbench.text(NAME).id())).hasSize(1);
    }

    @Test
    void editsASentenceAndUndoBringsTheOldTextBack() {
        String old = pair(2).sourceText();

        EditOutcome outcome = corrections.editSentence(NAME, Side.SOURCE, 1, old.replace("384", "385"));

        assertThat(outcome.firstPair()).isEqualTo(2);
        assertThat(pair(2).sourceText()).contains("At least 385 people");
        corrections.undo(NAME);
        assertThat(pair(2).sourceText()).isEqualTo(old);
        corrections.redo(NAME);
        assertThat(pair(2).sourceText()).contains("At least 385 people");
    }

    @Test
    void refusesAnEmptySentenceAndAnUnknownSentence() {
        assertThatThrownBy(() -> corrections.editSentence(NAME, Side.TARGET, 0, "  "))
                .hasMessageStartingWith("The new text of target sentence 0 is empty");
        assertThatThrownBy(() -> corrections.editSentence(NAME, Side.TARGET, 26, "Текст."))
                .hasMessage("There is no target sentence 26 in 'quakes': its target sentences are numbered 0-25.");
    }

    @Test
    void undoAndRedoSurviveARestart() {
        List<Bead> original = beads();
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.confirm(NAME, 1, 3);
        corrections.editSentence(NAME, Side.TARGET, 0, "Землетрясения и цунами в Индонезии (2018)");
        List<Bead> edited = beads();
        store.close();

        open();
        assertThat(corrections.undo(NAME).description()).isEqualTo("undid: edit target sentence 0");
        assertThat(corrections.undo(NAME).description()).isEqualTo("undid: confirm pairs 1-3");
        store.close();

        open();
        EditOutcome detachUndone = corrections.undo(NAME);
        assertThat(detachUndone.description()).isEqualTo("undid: detach source sentence 7 from pair 8");
        assertThat(beads()).isEqualTo(original);
        assertThat(pair(1).targetText()).isEqualTo("Землетрясения и цунами в Индонезии");
        corrections.redo(NAME);
        corrections.redo(NAME);
        corrections.redo(NAME);
        assertThat(beads()).isEqualTo(edited);
        assertThat(pair(1).targetText()).isEqualTo("Землетрясения и цунами в Индонезии (2018)");
    }

    @Test
    void saysWhenThereIsNothingToUndoOrRedo() {
        assertThatThrownBy(() -> corrections.undo(NAME))
                .hasMessage("Nothing to undo on 'quakes': no edit was made on this text.");
        corrections.merge(NAME, 1);
        assertThatThrownBy(() -> corrections.redo(NAME))
                .hasMessage("Nothing to redo on 'quakes': no edit was undone since the last one was made.");
        corrections.undo(NAME);
        assertThatThrownBy(() -> corrections.undo(NAME))
                .hasMessage("Nothing to undo on 'quakes': every edit is already undone; redo makes them again.");
    }

    @Test
    void aNewEditAfterAnUndoDropsTheUndoneEdit() {
        corrections.merge(NAME, 1);
        corrections.undo(NAME);

        corrections.confirm(NAME, 4, 4);

        assertThatThrownBy(() -> corrections.redo(NAME)).isInstanceOf(ReviewRefusedException.class);
        assertThat(beads()).hasSize(26);
    }

    @Test
    void refusesToEditATextThatIsNotAligned() throws Exception {
        store.texts().delete(NAME);
        QuakeStory.importText(workbench, dir.resolve("again").toFile().mkdirs() ? dir.resolve("again") : dir);

        assertThatThrownBy(() -> corrections.merge(NAME, 1))
                .hasMessage("Text 'quakes' is not aligned yet: run 'align quakes' first.");
    }

    @Test
    void listsTheHistoryAndClearingItKeepsTheEdits() {
        corrections.merge(NAME, 1);
        corrections.editSentence(NAME, Side.SOURCE, 2, "With communications down, relief officials have no news.");
        corrections.undo(NAME);

        assertThat(corrections.history(NAME)).containsExactly("merge pairs 1 and 2", "edit source sentence 2 (undone)");
        corrections.clearHistory(NAME);
        assertThat(corrections.history(NAME)).isEmpty();
        assertThat(beads()).hasSize(25);
    }
}
