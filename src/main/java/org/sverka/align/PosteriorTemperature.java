package org.sverka.align;

/**
 * The temperature that turns a document's bead costs into posterior confidences, chosen per document from
 * the document itself. Where few of a path's words have a linked word on the other side of their bead,
 * the beads are placed mostly by sentence lengths and shape priors, whose costs claim more certainty than
 * such text warrants; where many do, the costs claim less. So the temperature is inversely proportional to
 * the path's share of linked words. Paragraph marks add sharp costs of their own (a mismatch costs up to
 * 12.5 nats, a weight chosen for decoding, not a probability): with the cues on, the temperature is raised
 * once more.
 */
final class PosteriorTemperature {
    // The share at which the settings' temperature holds. Tuned on Anna Karenina val (its own share is 0.267,
    // so its temperature is 1.21; ECE 0.0079 at 0.267, 0.0060 at 0.27, 0.0033 at 0.28). Text+Berg dev, share
    // 0.417, gets 0.77 (its best fixed temperature is 0.8-0.9; it was 1.15: confidences too low).
    private static final double REFERENCE_SHARE = 0.28;
    // Anna Karenina val with its marks by id, 30% of the target's removed, 30% added: ECE 0.0094 / 0.0112 /
    // 0.0093 (with the linear form first tried, 0.2 / 0.3: 0.0120 / 0.0106, 0.0088 / 0.0161, 0.0104 / 0.0095).
    private static final double WITH_MARKS = 0.2;
    // Not tuned: they keep confidences away from 0 and 1 (and from a division by zero) on extreme text.
    private static final double MIN = 0.5;
    private static final double MAX = 3.0;

    private PosteriorTemperature() {
    }

    /**
     * The temperature for a path: {@code base} x reference share / the path's {@link #linkedShare}, plus
     * {@link #WITH_MARKS} when the paragraph cues are on, within [0.5, 3].
     */
    static double of(double base, BeadCost cost, BeadSearch.Path path, boolean paragraphCues) {
        double share = linkedShare(cost, path);
        double temperature = share == 0 ? MAX : base * REFERENCE_SHARE / share;
        return Math.min(MAX, Math.max(MIN, temperature + (paragraphCues ? WITH_MARKS : 0)));
    }

    /** Mean over the path's beads of the share of a bead's content words linked across it (0 for 1-0, 0-1). */
    static double linkedShare(BeadCost cost, BeadSearch.Path path) {
        double sum = 0;
        for (int k = 0; k < path.beads(); k++) {
            sum += cost.linkedShare(path.shapes()[k], path.rows()[k], path.cols()[k]);
        }
        return path.beads() == 0 ? 0 : sum / path.beads();
    }
}
