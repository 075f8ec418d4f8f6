package org.sverka.check;

import java.util.List;

/** A translated sentence with nothing in the source (a 0-1 pair). */
public final class AdditionCheck implements PairCheck {
    public static final String ID = "ADDITION";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        if (!pair.sourceText().isBlank() || pair.targetText().isBlank()) {
            return List.of();
        }
        return List.of(Finding.of(ID, Severity.WARNING, pair, "Translation has no source text",
                List.of(), List.of(new Span(0, pair.targetText().length()))));
    }

    @Override
    public CheckExample example() {
        return new CheckExample(List.of(), "It rained.", "Шёл дождь.",
                "", "<marker>Шёл дождь.</marker>", "0-1");
    }
}
