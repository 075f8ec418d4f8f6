package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Every date with a day (27 February, 18.02.2022) on one side needs the same date on the other. */
public final class DatesCheck implements PairCheck {
    public static final String ID = "DATES";

    private final Map<Locale, DateExtractor> extractors = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        List<DateMention> source = extractors.computeIfAbsent(context.sourceLanguage(), DateExtractor::new)
                .find(pair.sourceText());
        List<DateMention> target = extractors.computeIfAbsent(context.targetLanguage(), DateExtractor::new)
                .find(pair.targetText());
        if (source.isEmpty() && target.isEmpty() || pair.sourceText().isBlank() || pair.targetText().isBlank()) {
            return List.of();
        }
        List<DateMention> lostSource = unmatched(source, target);
        List<DateMention> lostTarget = unmatched(target, source);
        if (lostSource.isEmpty() && lostTarget.isEmpty()) {
            return List.of();
        }
        String message = "Dates differ: " + String.join(", ", lostSource.stream().map(d -> d.span().of(pair.sourceText())).toList())
                + (lostSource.isEmpty() || lostTarget.isEmpty() ? "" : " vs ")
                + String.join(", ", lostTarget.stream().map(d -> d.span().of(pair.targetText())).toList());
        return List.of(Finding.of(ID, Severity.ERROR, pair, message,
                spans(lostSource), spans(lostTarget)));
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
