package org.sverka.check;

import java.util.List;

/**
 * A source sentence left without translation (a 1-0 pair). It is an ERROR unless it is more likely an
 * alignment artefact, then INFO: a byline or caption of a word or two, or a sentence whose content
 * plausibly sits in a neighbouring pair ({@link SplitTranslation}).
 */
public final class OmissionCheck implements Check {
    public static final String ID = "OMISSION";
    private static final UnpairedSentences UNPAIRED = new UnpairedSentences(ID, true, Severity.ERROR,
            new UnpairedSentences.Messages("Short source text has no translation",
                    "Source text has no translation of its own: possibly translated in pair ",
                    "Source text has no translation"));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        return UNPAIRED.find(pairs, context);
    }

    @Override
    public CheckExample example() {
        return new CheckExample(List.of(), "It rained.", "Шёл дождь.",
                "<marker>It rained.</marker>", "", "1-0");
    }
}
