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
     * @param maxZScore    the pair's length z-score must be below this
     * @param minUncovered the fewest uncovered words in the stretch
     * @param maxZWithout  the z-score of the source without the stretch against the translation must not exceed this
     * @param minTextCoverage the share of the text's known words its translation renders: below it the dictionary
     *                        fits the text too loosely (a sports report, a free rendering) for a stretch to mean much
     */
    record Config(double maxZScore, int minUncovered, double maxZWithout, double minTextCoverage) {
        Config() {
            this(-2.25, 3, 1.5, 0.75);
        }
    }

    private final Config config;
    private final SourceCoverage coverage;
    private final boolean fits;

    /** The finder for one text, whose pairs tell how closely the dictionary follows its translation. */
    UncoveredClause(WordTranslations translations, Config config, List<CheckedPair> pairs) {
        this.config = config;
        this.coverage = new SourceCoverage(translations);
        int covered = 0;
        int known = 0;
        for (CheckedPair pair : pairs) {
            if (!pair.sourceText().isBlank() && !pair.targetText().isBlank()) {
                for (SourceCoverage.Word word : coverage.of(pair.sourceText(), pair.targetText())) {
                    covered += word.status() == SourceCoverage.Status.COVERED ? 1 : 0;
                    known += word.status() != SourceCoverage.Status.UNKNOWN ? 1 : 0;
                }
            }
        }
        this.fits = known > 0 && covered >= config.minTextCoverage() * known;
    }

    /** The stretch of the source the translation seems to have dropped, if the pair looks like it lost one. */
    Optional<Span> in(String source, String target, LengthModel model) {
        if (!fits || model.zScore(source, target) >= config.maxZScore()) {
            return Optional.empty();
        }
        return run(source, target, model).map(r -> new Span(r.start(), r.end()));
    }

    /** The longest uncovered stretch, if long enough and if dropping it explains the translation's length. */
    Optional<UncoveredRun> run(String source, String target, LengthModel model) {
        return UncoveredRun.longest(coverage.of(source, target))
                .filter(r -> r.uncovered() >= config.minUncovered())
                .filter(r -> model.zScore(source.substring(0, r.start()) + source.substring(r.end()), target) <= config.maxZWithout());
    }
}
