package org.sverka.review;

import java.util.List;

import org.sverka.model.Bead;

/**
 * How far the review of a text has come: pairs confirmed, pairs still automatic, how many of those
 * are below the confidence threshold, and the share of sentences (both sides) in confirmed pairs.
 */
public record ReviewStatus(int pairs, int confirmed, int automatic, int lowConfidence,
                           int reviewedSentences, int totalSentences) {

    /** Counts over {@code beads}; a pair is low-confidence when it is automatic and below {@code threshold}. */
    public static ReviewStatus of(List<Bead> beads, double threshold) {
        int confirmed = 0;
        int low = 0;
        int reviewed = 0;
        int total = 0;
        for (Bead bead : beads) {
            int sentences = bead.sourceCount() + bead.targetCount();
            total += sentences;
            if (bead.isConfirmed()) {
                confirmed++;
                reviewed += sentences;
            } else if (bead.confidence() < threshold) {
                low++;
            }
        }
        return new ReviewStatus(beads.size(), confirmed, beads.size() - confirmed, low, reviewed, total);
    }

    /** Percentage of sentences in confirmed pairs, 0 to 100; 0 for a text without sentences. */
    public double percentReviewed() {
        return totalSentences == 0 ? 0.0 : 100.0 * reviewedSentences / totalSentences;
    }
}
