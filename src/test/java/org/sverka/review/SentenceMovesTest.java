package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SentenceMovesTest {
    private final List<Bead> beads = Beads.of("1-1", "2-1", "0-1", "1-2");

    private static List<Bead> checked(List<Bead> beads) {
        BeadListInvariant.check(beads, 4, 5);
        return beads;
    }

    @Test
    void moveSourceToNextShiftsTheLastSourceSentenceOfARealPair() {
        NewsSample sample = NewsSample.load();
        List<Bead> twoOne = PairEdits.merge(sample.beads, 5).apply(sample.beads);
        BeadChange change = SentenceMoves.moveSourceToNext(twoOne, 5);
        List<Bead> after = change.apply(twoOne);
        assertThat(change.description()).isEqualTo("move source sentence 5 from pair 5 to pair 6");
        assertThat(after.get(4)).isEqualTo(new Bead(4, 1, 4, 2, 1.0, Bead.Status.CONFIRMED));
        assertThat(after.get(5)).isEqualTo(new Bead(5, 2, 6, 1, 1.0, Bead.Status.CONFIRMED));
        assertThat(sample.pairs(after).get(5).sourceText()).startsWith(sample.source.get(5).text());
        BeadListInvariant.check(after, NewsSample.LINES, NewsSample.LINES);
    }

    @Test
    void moveSourceToPreviousAppendsTheFirstSourceSentence() {
        List<Bead> after = checked(SentenceMoves.moveSourceToPrevious(beads, 2).apply(beads));
        assertThat(Beads.types(after)).containsExactly("2-1", "1-1", "0-1", "1-2");
    }

    @Test
    void moveTargetToNextFillsAnEmptySide() {
        List<Bead> after = checked(SentenceMoves.moveTargetToNext(beads, 2).apply(beads));
        assertThat(Beads.types(after)).containsExactly("1-1", "2-0", "0-2", "1-2");
        assertThat(after.get(1)).isEqualTo(new Bead(1, 2, 1, 0, 1.0, Bead.Status.CONFIRMED));
    }

    @Test
    void moveTargetToPreviousRemovesAPairLeftEmpty() {
        BeadChange change = SentenceMoves.moveTargetToPrevious(beads, 3);
        List<Bead> after = checked(change.apply(beads));
        assertThat(Beads.types(after)).containsExactly("1-1", "2-2", "1-2");
        assertThat(change.revert(after)).isEqualTo(beads);
    }

    @Test
    void moveTargetToNextRemovesAPairLeftEmpty() {
        List<Bead> after = checked(SentenceMoves.moveTargetToNext(beads, 3).apply(beads));
        assertThat(Beads.types(after)).containsExactly("1-1", "2-1", "1-3");
    }

    @Test
    void moveRefusesAnEmptySide() {
        assertThatThrownBy(() -> SentenceMoves.moveSourceToNext(beads, 3))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Pair 3 (0-1) has no source sentence to move.");
    }

    @Test
    void moveRefusesWhenThereIsNoNeighbour() {
        assertThatThrownBy(() -> SentenceMoves.moveTargetToNext(beads, 4))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Pair 4 is the last pair: there is no next pair to move its last target sentence to.");
        assertThatThrownBy(() -> SentenceMoves.moveSourceToPrevious(beads, 1))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Pair 1 is the first pair: there is no previous pair to move its first source sentence to.");
    }

    @Test
    void detachSourceGivesTheFirstSentenceItsOwnPairBeforeTheRest() {
        BeadChange change = SentenceMoves.detachSource(beads, 2, 1);
        List<Bead> after = checked(change.apply(beads));
        assertThat(Beads.types(after)).containsExactly("1-1", "1-0", "1-1", "0-1", "1-2");
        assertThat(after.get(1)).isEqualTo(new Bead(1, 1, 1, 0, 1.0, Bead.Status.CONFIRMED));
        assertThat(change.description()).isEqualTo("detach source sentence 1 from pair 2");
    }

    @Test
    void detachSourceGivesTheLastSentenceItsOwnPairAfterTheRest() {
        List<Bead> after = checked(SentenceMoves.detachSource(beads, 2, 2).apply(beads));
        assertThat(Beads.types(after)).containsExactly("1-1", "1-1", "1-0", "0-1", "1-2");
        assertThat(after.get(2)).isEqualTo(new Bead(2, 1, 2, 0, 1.0, Bead.Status.CONFIRMED));
    }

    @Test
    void detachTargetOfAOneToOnePairLeavesAOneToZeroPair() {
        List<Bead> after = checked(SentenceMoves.detachTarget(beads, 1, 0).apply(beads));
        assertThat(Beads.types(after)).containsExactly("0-1", "1-0", "2-1", "0-1", "1-2");
    }

    @Test
    void detachRefusesAMiddleSentenceBecauseTheOrderWouldBreak() {
        List<Bead> three = Beads.of("3-1");
        assertThatThrownBy(() -> SentenceMoves.detachSource(three, 1, 1))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Source sentence 1 is in the middle of pair 1 (source sentences 0-2): only the first or the"
                        + " last can be detached without breaking the order; split the pair first.");
    }

    @Test
    void detachRefusesASentenceOutsideThePair() {
        assertThatThrownBy(() -> SentenceMoves.detachTarget(beads, 2, 4))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Target sentence 4 is not in pair 2 (it holds target sentence 1).");
        assertThatThrownBy(() -> SentenceMoves.detachSource(beads, 3, 3))
                .hasMessage("Source sentence 3 is not in pair 3 (it holds no source sentence).");
    }

    @Test
    void detachRefusesASentenceAlreadyAlone() {
        assertThatThrownBy(() -> SentenceMoves.detachTarget(beads, 3, 2))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Target sentence 2 is already alone in pair 3 (0-1): nothing to detach.");
    }
}
