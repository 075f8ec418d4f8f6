package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the translation of a sentence the aligner left unpaired (a 1-0 or 0-1 pair) plausibly went: into
 * a neighbouring pair whose other side is long for its own side, or into a nearby unpaired sentence of the
 * other side. Translators split and merge sentences; when the aligner does not follow, a translated
 * sentence shows as an omission next to a pair that seems to say too much. A partner needs two kinds of
 * evidence: the lengths fit the text's own length model better with the sentence merged in, and some
 * number, name or borrowed word of the sentence occurs on the partner's other side but not on its own side
 * (or the aligner itself was unsure of the sentence). Two such shared anchors are enough on their own.
 * Not thread-safe: one instance per check run.
 */
final class SplitTranslation {
    /**
     * How far to look: over at most {@code maxRun} unpaired pairs on each side to the first paired one. A
     * merge must bring the partner within {@code maxZScore} of the text's usual length ratio and, when the
     * partner is paired, move it closer by {@code minGain}. An unpaired sentence without shared anchors may
     * still have a partner when the aligner's confidence in it is below {@code unsureConfidence}, or when the
     * partner's length is an outlier beyond {@code outlierZScore} that the merge brings within
     * {@code repairedZScore}.
     */
    record Config(int maxRun, double maxZScore, double minGain, double unsureConfidence, double outlierZScore,
                  double repairedZScore) {
        Config() {
            this(4, 2.0, 0.75, 0.6, 2.0, 0.75);
        }
    }

    private final List<CheckedPair> pairs;
    private final LengthModel model;
    private final CheckContext context;
    private final Config config;
    /** Made on first use: most texts have no unpaired sentence, and transliteration is costly to set up. */
    private ContentAnchors anchors;

    SplitTranslation(List<CheckedPair> pairs, CheckContext context, Config config) {
        this.pairs = List.copyOf(pairs);
        this.model = LengthModel.of(pairs);
        this.context = context;
        this.config = config;
    }

    SplitTranslation(List<CheckedPair> pairs, CheckContext context) {
        this(pairs, context, new Config());
    }

    /** The pair that plausibly holds the translation of the unpaired pair at {@code index}, if any. */
    Optional<CheckedPair> partnerOf(int index) {
        CheckedPair unpaired = pairs.get(index);
        if (!unpaired.isUnpaired() || model.pairs() == 0) {
            return Optional.empty();
        }
        if (anchors == null) {
            anchors = new ContentAnchors(context);
        }
        boolean source = !unpaired.sourceText().isBlank();
        String text = side(unpaired, source);
        ContentAnchors.Anchors own = anchors.of(text, source);
        CheckedPair best = null;
        double bestZ = Double.MAX_VALUE;
        for (int j : neighbours(index)) {
            CheckedPair candidate = pairs.get(j);
            String other = side(candidate, !source);
            if (other.isBlank()) {
                continue;
            }
            String same = side(candidate, source);
            String merged = same.isBlank() ? text : j < index ? same + " " + text : text + " " + same;
            double after = Math.abs(z(merged, other, source));
            double before = same.isBlank() ? Double.NaN : Math.abs(z(same, other, source));
            boolean lengthFits = after <= config.maxZScore() && (same.isBlank() || before - after >= config.minGain());
            // a partner that is itself an outlier and becomes a usual pair with the sentence merged in
            boolean repairsOutlier = before >= config.outlierZScore() && after <= config.repairedZScore();
            ContentAnchors.Anchors otherAnchors = anchors.of(other, !source);
            int matched = anchors.newlyMatched(own, otherAnchors, anchors.of(same, source));
            int unmatchedNumbers = ContentAnchors.unmatchedNumbers(own, otherAnchors);
            boolean numbersFit = unmatchedNumbers == 0;
            // two shared names, numbers or borrowed words that the partner's own side lacks outweigh any length
            boolean evidence = matched >= 2 && matched > unmatchedNumbers
                    || lengthFits && numbersFit && (matched >= 1 || repairsOutlier || unpaired.confidence() < config.unsureConfidence());
            if (evidence && after < bestZ) {
                best = candidate;
                bestZ = after;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether the paired pair at {@code index} is the partner of a neighbouring unpaired pair: then a
     * translation short (or long) for its source may simply continue in that neighbour.
     */
    Optional<CheckedPair> unpairedNeighbourOf(int index) {
        for (int j : neighbours(index)) {
            if (pairs.get(j).isUnpaired() && partnerOf(j).filter(p -> p.number() == pairs.get(index).number()).isPresent()) {
                return Optional.of(pairs.get(j));
            }
        }
        return Optional.empty();
    }

    /** Pairs before and after {@code index}: across a run of unpaired pairs up to the first paired one. */
    private List<Integer> neighbours(int index) {
        List<Integer> result = new ArrayList<>();
        for (int step : new int[]{-1, 1}) {
            for (int j = index + step, seen = 0; j >= 0 && j < pairs.size() && seen <= config.maxRun(); j += step, seen++) {
                result.add(j);
                if (!pairs.get(j).isUnpaired()) {
                    break;
                }
            }
        }
        return result;
    }

    private double z(String sameSide, String otherSide, boolean sameIsSource) {
        return sameIsSource ? model.zScore(sameSide, otherSide) : model.zScore(otherSide, sameSide);
    }

    private static String side(CheckedPair pair, boolean source) {
        return source ? pair.sourceText() : pair.targetText();
    }
}
