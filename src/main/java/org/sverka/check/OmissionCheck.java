package org.sverka.check;

import java.util.List;

/** A source sentence left without translation (a 1-0 pair). */
public final class OmissionCheck implements PairCheck {
    public static final String ID = "OMISSION";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        if (pair.sourceText().isBlank() || !pair.targetText().isBlank()) {
            return List.of();
        }
        return List.of(Finding.of(ID, Severity.ERROR, pair, "Source text has no translation",
                List.of(new Span(0, pair.sourceText().length())), List.of()));
    }

    @Override
    public CheckExample example() {
        return new CheckExample(List.of(), "It rained.", "Шёл дождь.",
                "<marker>It rained.</marker>", "", "1-0");
    }
}
