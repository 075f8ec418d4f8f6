package org.sverka.check;

import java.util.List;
import java.util.Optional;

/**
 * A likely dropped clause, found through the user's dictionary: a translation shorter than the text's usual
 * ratio whose source holds a stretch of translatable words none of which the translation renders
 * ({@link UncoveredRun}), and whose length is what the source without that stretch would give. Free
 * translation leaves uncovered words scattered, or so many that the rest of the sentence would be too short.
 */
final class UncoveredClause {
    /**
     * How many uncovered words make a stretch depends on how closely the dictionary follows the text: with
     * {@code c} the share of the text's known words that its translation renders, a stretch needs
     * {@code evidence / (c - looseFit)} of them (at least {@code minUncovered}): 2 at 80%, 3 at 75%, 5 at 65%;
     * a text rendered as freely as {@code looseFit} gives the dictionary no say.
     *
     * @param maxZScore    the pair's length z-score must be below this
     * @param maxZWithout  the z-score of the source without the stretch against the translation must not exceed this
     */
    record Config(double maxZScore, double maxZWithout, int minUncovered, double evidence, double looseFit) {
        Config() {
            this(-2.25, 1.5, 2, 0.5, 0.55);
        }
    }

    private final Config config;
    private final SourceCoverage coverage;
    private final int minUncovered;

    /** The finder for one text, whose pairs tell how closely the dictionary follows its translation. */
    UncoveredClause(WordTranslations translations, Config config, List<CheckedPair> pairs) {
        this.config = config;
        this.coverage = new SourceCoverage(translations);
        double share = coverage.share(pairs);
        this.minUncovered = share <= config.looseFit() ? Integer.MAX_VALUE
                : Math.max(config.minUncovered(), (int) Math.ceil(config.evidence() / (share - config.looseFit()) - 1e-9));
    }

    /** The stretch of the source the translation seems to have dropped, if the pair looks like it lost one. */
    Optional<Span> in(String source, String target, LengthModel model) {
        if (minUncovered == Integer.MAX_VALUE || model.zScore(source, target) >= config.maxZScore()) {
            return Optional.empty();
        }
        return run(source, target, model).map(r -> new Span(r.start(), r.end()));
    }

    /** The longest uncovered stretch, if long enough and if dropping it explains the translation's length. */
    Optional<UncoveredRun> run(String source, String target, LengthModel model) {
        return UncoveredRun.longest(coverage.of(source, target))
                .filter(r -> r.uncovered() >= minUncovered)
                .filter(r -> model.zScore(source.substring(0, r.start()) + source.substring(r.end()), target) <= config.maxZWithout());
    }
}
