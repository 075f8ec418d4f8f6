package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A translated sentence with nothing in the source (a 0-1 pair). It is a WARNING unless it is more likely
 * an alignment artefact, then INFO: a word or two, or a sentence that plausibly translates part of a
 * neighbouring pair's source ({@link SplitTranslation}).
 */
public final class AdditionCheck implements Check {
    public static final String ID = "ADDITION";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        List<Finding> findings = new ArrayList<>();
        SplitTranslation split = new SplitTranslation(pairs, context);
        for (int i = 0; i < pairs.size(); i++) {
            CheckedPair pair = pairs.get(i);
            if (!pair.sourceText().isBlank() || pair.targetText().isBlank()) {
                continue;
            }
            List<Span> whole = List.of(new Span(0, pair.targetText().length()));
            Optional<CheckedPair> partner = split.partnerOf(i);
            if (UnpairedSentences.isTiny(pair.targetText())) {
                findings.add(Finding.of(ID, Severity.INFO, pair, "Short translation has no source text", List.of(), whole));
            } else if (partner.isPresent()) {
                findings.add(Finding.of(ID, Severity.INFO, pair, "Translation has no source text of its own: possibly translates part of pair "
                        + partner.get().number(), List.of(), whole));
            } else {
                findings.add(Finding.of(ID, Severity.WARNING, pair, "Translation has no source text", List.of(), whole));
            }
        }
        return findings;
    }

    @Override
    public CheckExample example() {
        return new CheckExample(List.of(), "It rained.", "Шёл дождь.",
                "", "<marker>Шёл дождь.</marker>", "0-1");
    }
}
