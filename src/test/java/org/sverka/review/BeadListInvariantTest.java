package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BeadListInvariantTest {

    @Test
    void acceptsAContiguousCompleteList() {
        List<Bead> beads = Beads.of("1-1", "2-1", "0-1", "1-0", "1-2");
        assertThatCode(() -> BeadListInvariant.check(beads, 5, 5)).doesNotThrowAnyException();
        assertThat(BeadListInvariant.holds(beads, 5, 5)).isTrue();
    }

    @Test
    void firstViolationIsEmptyForAValidListAndNamesTheProblemOtherwise() {
        assertThat(BeadListInvariant.firstViolation(Beads.of("1-1", "0-1"), 1, 2)).isEmpty();
        assertThat(BeadListInvariant.firstViolation(Beads.of("1-1", "0-1"), 2, 2))
                .hasValue("The pairs cover 1 source sentences but the text has 2. Realign the text.");
    }

    @Test
    void acceptsAnEmptyListForAnEmptyText() {
        assertThat(BeadListInvariant.holds(List.of(), 0, 0)).isTrue();
    }

    @Test
    void refusesAGapAndNamesTheMissingSentences() {
        List<Bead> beads = List.of(Bead.automatic(0, 1, 0, 1, 0.9), Bead.automatic(3, 1, 1, 1, 0.9));
        assertThatThrownBy(() -> BeadListInvariant.check(beads, 4, 2))
                .isInstanceOf(BrokenBeadListException.class)
                .hasMessage("Pair 2 starts at source sentence 3 but the previous pairs end at 1: source sentences 1-2"
                        + " are in no pair. Realign the text.");
    }

    @Test
    void refusesAnOverlap() {
        List<Bead> beads = List.of(Bead.automatic(0, 2, 0, 2, 0.9), Bead.automatic(2, 1, 1, 1, 0.9));
        assertThatThrownBy(() -> BeadListInvariant.check(beads, 3, 2))
                .isInstanceOf(BrokenBeadListException.class)
                .hasMessageStartingWith("Pair 2 starts at target sentence 1 but the previous pairs already cover it");
    }

    @Test
    void refusesPairsOutOfOrder() {
        List<Bead> beads = List.of(Bead.automatic(1, 1, 1, 1, 0.9), Bead.automatic(0, 1, 0, 1, 0.9));
        assertThat(BeadListInvariant.holds(beads, 2, 2)).isFalse();
    }

    @Test
    void refusesSentencesLeftOverAtTheEnd() {
        assertThatThrownBy(() -> BeadListInvariant.check(Beads.of("1-1", "1-1"), 2, 3))
                .isInstanceOf(BrokenBeadListException.class)
                .hasMessage("The pairs cover 2 target sentences but the text has 3. Realign the text.");
    }

    @Test
    void refusesAnEmptySideThatIsNotAtTheRunningPosition() {
        List<Bead> beads = List.of(Bead.automatic(0, 1, 0, 1, 0.9), Bead.automatic(0, 0, 1, 1, 0.9),
                Bead.automatic(1, 1, 2, 1, 0.9));
        assertThat(BeadListInvariant.holds(beads, 2, 3)).isFalse();
    }

    @Test
    void acceptsTheRealSampleAsOneToOnePairs() {
        NewsSample sample = NewsSample.load();
        assertThat(BeadListInvariant.holds(sample.beads, sample.source.size(), sample.target.size())).isTrue();
    }
}
