package org.sverka.review;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ReviewStatusTest {

    @Test
    void countsPairsAndTheShareOfSentencesInConfirmedPairs() {
        List<Bead> beads = List.of(new Bead(0, 2, 0, 1, 1.0, Bead.Status.CONFIRMED), Bead.automatic(2, 1, 1, 1, 0.3),
                Bead.automatic(3, 1, 2, 1, 0.9), new Bead(4, 0, 3, 1, 0.1, Bead.Status.CONFIRMED));
        ReviewStatus status = ReviewStatus.of(beads, 0.5);
        assertThat(status).isEqualTo(new ReviewStatus(4, 2, 2, 1, 4, 8));
        assertThat(status.percentReviewed()).isEqualTo(50.0);
    }

    @Test
    void aRealTextWithThreeConfirmedPairsOfThirty() {
        NewsSample sample = NewsSample.load();
        List<Bead> beads = PairEdits.confirm(sample.beads, 1, 3).apply(sample.beads);
        ReviewStatus status = ReviewStatus.of(beads, 0.6);
        assertThat(status.confirmed()).isEqualTo(3);
        assertThat(status.automatic()).isEqualTo(27);
        assertThat(status.lowConfidence()).isEqualTo(5);
        assertThat(status.percentReviewed()).isCloseTo(10.0, within(1e-9));
    }

    @Test
    void anEmptyTextIsZeroPercentReviewed() {
        ReviewStatus status = ReviewStatus.of(List.of(), 0.5);
        assertThat(status).isEqualTo(new ReviewStatus(0, 0, 0, 0, 0, 0));
        assertThat(status.percentReviewed()).isZero();
    }
}
