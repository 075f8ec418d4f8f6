package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every date with a day (27 February, 18.02.2022) on one side needs the same date on the other: an ERROR, or
 * INFO when the missing dates are lost the other way round in a neighbouring pair (an alignment artefact).
 */
public final class DatesCheck implements PairCheck {
    public static final String ID = "DATES";

    private final Map<Locale, DateExtractor> extractors = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        List<Lost> lost = pairs.stream().map(p -> lost(p, context)).toList();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            CheckedPair pair = pairs.get(i);
            Lost here = lost.get(i);
            if (here.isEmpty() || pair.sourceText().isBlank() || pair.targetText().isBlank()) {
                continue;
            }
            // dates lost the other way round next door: the aligner cut the translation elsewhere than the translator
            List<Lost> around = neighbours(lost, i);
            boolean crossed = !around.isEmpty()
                    && here.source().stream().allMatch(d -> around.stream().anyMatch(n -> n.target().stream().anyMatch(d::sameDate)))
                    && here.target().stream().allMatch(d -> around.stream().anyMatch(n -> n.source().stream().anyMatch(d::sameDate)));
            String message = "Dates differ: " + String.join(", ", here.source().stream().map(d -> d.span().of(pair.sourceText())).toList())
                    + (here.source().isEmpty() || here.target().isEmpty() ? "" : " vs ")
                    + String.join(", ", here.target().stream().map(d -> d.span().of(pair.targetText())).toList())
                    + (crossed ? " (found in a neighbouring pair: the alignment may be off here)" : "");
            findings.add(Finding.of(ID, crossed ? Severity.INFO : Severity.ERROR, pair, message,
                    spans(here.source()), spans(here.target())));
        }
        return findings;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        return check(List.of(pair), context);
    }

    /** A pair's dates without the same date on the other side; on an unpaired pair, all its dates. */
    private record Lost(List<DateMention> source, List<DateMention> target) {
        boolean isEmpty() {
            return source.isEmpty() && target.isEmpty();
        }
    }

    private Lost lost(CheckedPair pair, CheckContext context) {
        List<DateMention> source = extractors.computeIfAbsent(context.sourceLanguage(), DateExtractor::new)
                .find(pair.sourceText());
        List<DateMention> target = extractors.computeIfAbsent(context.targetLanguage(), DateExtractor::new)
                .find(pair.targetText());
        return new Lost(unmatched(source, target), unmatched(target, source));
    }

    private static List<Lost> neighbours(List<Lost> lost, int i) {
        List<Lost> around = new ArrayList<>();
        for (int j : new int[]{i - 1, i + 1}) {
            if (j >= 0 && j < lost.size() && !lost.get(j).isEmpty()) {
                around.add(lost.get(j));
            }
        }
        return around;
    }

    private static List<DateMention> unmatched(List<DateMention> dates, List<DateMention> others) {
        List<DateMention> lost = new ArrayList<>();
        for (DateMention date : dates) {
            boolean sameSpanMatched = others.stream().anyMatch(date::sameDate)
                    || dates.stream().anyMatch(d -> d.span().equals(date.span()) && others.stream().anyMatch(d::sameDate));
            if (!sameSpanMatched && lost.stream().noneMatch(d -> d.span().equals(date.span()))) {
                lost.add(date);
            }
        }
        return lost;
    }

    private static List<Span> spans(List<DateMention> dates) {
        return dates.stream().map(DateMention::span).distinct().toList();
    }

    @Override
    public CheckExample example() {
        return CheckExample.of(
                "The talks began on February 27 and ended on 18.02.2022.",
                "Переговоры начались 27 февраля и завершились 18 февраля 2022 года.",
                "The talks began on <marker>February 27</marker> and ended on 18.02.2022.",
                "Переговоры начались <marker>28 февраля</marker> и завершились 18 февраля 2022 года.");
    }
}
