package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairNavigationTest {
    private final List<Bead> beads = List.of(Bead.automatic(0, 1, 0, 1, 0.9),
            new Bead(1, 1, 1, 1, 0.2, Bead.Status.CONFIRMED), Bead.automatic(2, 1, 2, 1, 0.95),
            Bead.automatic(3, 1, 3, 1, 0.4), Bead.automatic(4, 1, 4, 1, 0.5));

    @Test
    void nextLowConfidenceSkipsConfirmedPairs() {
        assertThat(PairNavigation.nextLowConfidence(beads, 0, 0.5)).hasValue(4);
    }

    @Test
    void nextLowConfidenceStartsAfterTheGivenPairAndDoesNotWrap() {
        assertThat(PairNavigation.nextLowConfidence(beads, 4, 0.6)).hasValue(5);
        assertThat(PairNavigation.nextLowConfidence(beads, 5, 0.6)).isEmpty();
    }

    @Test
    void nextLowConfidenceUsesAStrictThreshold() {
        assertThat(PairNavigation.nextLowConfidence(beads, 4, 0.5)).isEmpty();
    }

    @Test
    void nextUnconfirmedFindsTheFollowingAutomaticPair() {
        assertThat(PairNavigation.nextUnconfirmed(beads, 1)).hasValue(3);
        assertThat(PairNavigation.nextUnconfirmed(List.of(), 0)).isEmpty();
    }

    @Test
    void refusesAStartingPairOutsideTheText() {
        assertThatThrownBy(() -> PairNavigation.nextUnconfirmed(beads, 6))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("Cannot search after pair 6: the text has 5 pairs (1-5); give 0 to search from the top.");
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> PairNavigation.nextLowConfidence(beads, 0, 1.5))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("The confidence threshold must be between 0 and 1, not 1.5.");
    }
}
