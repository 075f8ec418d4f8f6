package org.sverka.segment;

/**
 * The switches of {@link SentenceSegmenter} beyond ICU's own rules; the no-argument constructor gives
 * the defaults, which are the measured best on the gold corpus (see {@link SegmentationBenchmark}).
 *
 * @param abbreviations   keep a sentence going after an entry of the language's abbreviation list
 * @param initials        keep a sentence going after a run of capital initials ("В.В. Путин", "J. Smith")
 * @param lowercaseResumes keep a sentence going when the next one would start with a lowercase letter,
 *                        also after "!" and "?" ("'Oh dear!' exclaimed Levin."), which ICU always breaks
 * @param openers         end the sentence after an initial when the next word is a capitalised opener of
 *                        the language ("than I. Anyhow", "Plan B. Then"), and weigh what follows an
 *                        abbreviation bound to a number ("в 2021 г. Потом" ends, "в 2021 г. в Москве" not)
 * @param numberOpeners   end the sentence at a full stop after a plain word when the next sentence opens
 *                        with a number ("ранениями. 1 октября", "now. 18 holes"), which ICU never breaks
 */
public record SegmentationRules(boolean abbreviations, boolean initials, boolean lowercaseResumes, boolean openers,
                                boolean numberOpeners) {

    public SegmentationRules() {
        this(true, true, true, true, true);
    }

    /**
     * ICU's sentence rules alone, with no abbreviation list and no veto: the baseline to measure against.
     * Pieces without a letter or digit still join the sentence before them; that is not a switch.
     */
    public static SegmentationRules icuOnly() {
        return new SegmentationRules(false, false, false, false, false);
    }
}
