package org.sverka.check;

import java.util.List;

/**
 * A translated sentence with nothing in the source (a 0-1 pair). It is a WARNING unless it is more likely
 * an alignment artefact, then INFO: a word or two, or a sentence that plausibly translates part of a
 * neighbouring pair's source ({@link SplitTranslation}).
 */
public final class AdditionCheck implements Check {
    public static final String ID = "ADDITION";
    private static final UnpairedSentences UNPAIRED = new UnpairedSentences(ID, false, Severity.WARNING,
            new UnpairedSentences.Messages("Short translation has no source text",
                    "Translation has no source text of its own: possibly translates part of pair ",
                    "Translation has no source text"));

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
                "", "<marker>Шёл дождь.</marker>", "0-1");
    }
}
