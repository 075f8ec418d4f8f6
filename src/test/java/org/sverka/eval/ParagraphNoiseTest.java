package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphNoiseTest {
    // 11 sentences in 9 paragraphs (sentences 1-2 and 5-6 share one): 8 breaks, 2 gaps without one.
    private static final List<Integer> LABELS = List.of(0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 8);

    private static int breaks(List<Integer> labels) {
        int breaks = 0;
        for (int k = 1; k < labels.size(); k++) {
            breaks += labels.get(k).equals(labels.get(k - 1)) ? 0 : 1;
        }
        return breaks;
    }

    @Test
    void removesTheGivenShareOfBreaks() {
        List<Integer> fewer = new ParagraphNoise(42).withoutBreaks(LABELS, 0.25);
        assertThat(fewer).hasSameSizeAs(LABELS);
        assertThat(breaks(fewer)).isEqualTo(6);
    }

    @Test
    void removedBreaksWereBreaksAndKeptOnesStay() {
        List<Integer> fewer = new ParagraphNoise(7).withoutBreaks(LABELS, 0.5);
        for (int k = 1; k < LABELS.size(); k++) {
            if (LABELS.get(k).equals(LABELS.get(k - 1))) {
                assertThat(fewer.get(k)).isEqualTo(fewer.get(k - 1));
            }
        }
    }

    @Test
    void addsAsManyExtraBreaksAsTheShareOfExistingOnes() {
        List<Integer> more = new ParagraphNoise(42).withExtraBreaks(LABELS, 0.25);
        assertThat(breaks(more)).isEqualTo(10);
    }

    @Test
    void cannotAddMoreBreaksThanThereAreGaps() {
        assertThat(breaks(new ParagraphNoise(1).withExtraBreaks(LABELS, 1.0))).isEqualTo(10);
    }

    @Test
    void theSameSeedGivesTheSameDamage() {
        assertThat(new ParagraphNoise(3).withoutBreaks(LABELS, 0.5)).isEqualTo(new ParagraphNoise(3).withoutBreaks(LABELS, 0.5));
    }

    @Test
    void emptyLabelsStayEmpty() {
        assertThat(new ParagraphNoise(1).withoutBreaks(List.of(), 0.3)).isEmpty();
        assertThat(new ParagraphNoise(1).withExtraBreaks(List.of(), 0.3)).isEmpty();
    }

    @Test
    void movingBreaksKeepsTheirNumber() {
        List<Integer> moved = new ParagraphNoise(5).withBreaksMoved(LABELS);
        assertThat(moved).hasSameSizeAs(LABELS);
        assertThat(breaks(moved)).isEqualTo(8);
    }
}
