package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairEditsTest {
    private final List<Bead> beads = Beads.of("1-1", "2-1", "0-1", "1-2");

    @Test
    void mergeJoinsTwoRealPairsIntoOneConfirmedPair() {
        NewsSample sample = NewsSample.load();
        BeadChange change = PairEdits.merge(sample.beads, 12);
        List<Bead> after = change.apply(sample.beads);
        assertThat(after).hasSize(NewsSample.LINES - 1);
        assertThat(after.get(11)).isEqualTo(new Bead(11, 2, 11, 2, 1.0, Bead.Status.CONFIRMED));
        assertThat(sample.pairs(after).get(11).sourceText())
                .isEqualTo(sample.source.get(11).text() + " " + sample.source.get(12).text());
        assertThat(change.description()).isEqualTo("merge pairs 12 and 13");
        BeadListInvariant.check(after, NewsSample.LINES, NewsSample.LINES);
    }

    @Test
    void mergeAcceptsPairsWithAnEmptySide() {
        List<Bead> after = PairEdits.merge(beads, 2).apply(beads);
        assertThat(Beads.types(after)).containsExactly("1-1", "2-2", "1-2");
        BeadListInvariant.check(after, 4, 5);
    }

    @Test
    void mergeRefusesTheLastPair() {
        assertThatThrownBy(() -> PairEdits.merge(beads, 4))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Pair 4 is the last pair: there is no next pair to merge with.");
    }

    @Test
    void mergeRefusesAPairThatDoesNotExist() {
        assertThatThrownBy(() -> PairEdits.merge(beads, 0))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("There is no pair 0: the text has 4 pairs (1-4).");
        assertThatThrownBy(() -> PairEdits.merge(List.of(), 1))
                .hasMessage("There is no pair 1: the text has no pairs.");
    }

    @Test
    void splitKeepsTheFirstSentencesInTheFirstPart() {
        List<Bead> after = PairEdits.split(beads, 2, 1, 1).apply(beads);
        assertThat(Beads.types(after)).containsExactly("1-1", "1-1", "1-0", "0-1", "1-2");
        assertThat(after.get(1)).isEqualTo(new Bead(1, 1, 1, 1, 1.0, Bead.Status.CONFIRMED));
        assertThat(after.get(2)).isEqualTo(new Bead(2, 1, 2, 0, 1.0, Bead.Status.CONFIRMED));
        BeadListInvariant.check(after, 4, 5);
    }

    @Test
    void splitMayLeaveOneSideOfAPartEmpty() {
        List<Bead> after = PairEdits.split(beads, 4, 0, 1).apply(beads);
        assertThat(Beads.types(after)).containsExactly("1-1", "2-1", "0-1", "0-1", "1-1");
        BeadListInvariant.check(after, 4, 5);
    }

    @Test
    void splitRefusesAnEmptyFirstPart() {
        assertThatThrownBy(() -> PairEdits.split(beads, 2, 0, 0))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Splitting pair 2 (2-1) after 0 source and 0 target sentences would leave the first part"
                        + " empty: each part needs at least one sentence.");
    }

    @Test
    void splitRefusesAnEmptySecondPart() {
        assertThatThrownBy(() -> PairEdits.split(beads, 2, 2, 1))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Splitting pair 2 (2-1) after 2 source and 1 target sentences would leave the second part"
                        + " empty: each part needs at least one sentence.");
    }

    @Test
    void splitRefusesCountsOutOfRange() {
        assertThatThrownBy(() -> PairEdits.split(beads, 2, 3, 0))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Pair 2 has 2 source and 1 target sentences: the first part can keep 0-2 source and 0-1"
                        + " target sentences, not 3 and 0.");
        assertThatThrownBy(() -> PairEdits.split(beads, 2, 1, -1)).isInstanceOf(ReviewRefusedException.class);
    }

    @Test
    void confirmMarksTheRangeAndKeepsConfidence() {
        List<Bead> after = PairEdits.confirm(beads, 2, 3).apply(beads);
        assertThat(after).extracting(Bead::isConfirmed).containsExactly(false, true, true, false);
        assertThat(after).extracting(Bead::confidence).containsOnly(0.8);
    }

    @Test
    void confirmRecordsOnlyThePairsThatChange() {
        List<Bead> partly = PairEdits.confirm(beads, 2, 2).apply(beads);
        BeadChange change = PairEdits.confirm(partly, 1, 3);
        assertThat(change.fromIndex()).isZero();
        assertThat(change.before()).containsExactly(partly.get(0), partly.get(1), partly.get(2));
        BeadChange again = PairEdits.confirm(change.apply(partly), 1, 3);
        assertThat(again.changesNothing()).isTrue();
        assertThat(again.description()).isEqualTo("confirm pairs 1-3");
    }

    @Test
    void unconfirmGivesBackTheAutomaticStatus() {
        List<Bead> confirmed = PairEdits.confirm(beads, 1, 4).apply(beads);
        assertThat(PairEdits.unconfirm(confirmed, 1, 4).apply(confirmed)).isEqualTo(beads);
    }

    @Test
    void confirmRefusesAReversedOrOutOfRangeRange() {
        assertThatThrownBy(() -> PairEdits.confirm(beads, 3, 2))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Cannot confirm pairs 3-2: give the first pair, then the last (the text has 4 pairs (1-4)).");
        assertThatThrownBy(() -> PairEdits.unconfirm(beads, 1, 5))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("There is no pair 5: the text has 4 pairs (1-4).");
    }
}
