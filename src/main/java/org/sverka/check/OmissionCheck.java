package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A source sentence left without translation (a 1-0 pair). It is an ERROR unless it is more likely an
 * alignment artefact, then INFO: a byline or caption of a word or two, or a sentence whose content
 * plausibly sits in a neighbouring pair ({@link SplitTranslation}).
 */
public final class OmissionCheck implements Check {
    public static final String ID = "OMISSION";

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
            if (pair.sourceText().isBlank() || !pair.targetText().isBlank()) {
                continue;
            }
            List<Span> whole = List.of(new Span(0, pair.sourceText().length()));
            Optional<CheckedPair> partner = split.partnerOf(i);
            if (UnpairedSentences.isTiny(pair.sourceText())) {
                findings.add(Finding.of(ID, Severity.INFO, pair, "Short source text has no translation", whole, List.of()));
            } else if (partner.isPresent()) {
                findings.add(Finding.of(ID, Severity.INFO, pair, "Source text has no translation of its own: possibly translated in pair "
                        + partner.get().number(), whole, List.of()));
            } else {
                findings.add(Finding.of(ID, Severity.ERROR, pair, "Source text has no translation", whole, List.of()));
            }
        }
        return findings;
    }

    @Override
    public CheckExample example() {
        return new CheckExample(List.of(), "It rained.", "Шёл дождь.",
                "<marker>It rained.</marker>", "", "1-0");
    }
}
