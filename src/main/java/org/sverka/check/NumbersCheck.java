package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every number written with digits (or in words, from twenty up) on one side needs a counterpart on the
 * other: digits in any locale's notation, a number word, or a Roman numeral. Numbers inside dates are left to
 * {@link DatesCheck}. One finding per pair lists every unmatched number on both sides.
 */
public final class NumbersCheck implements PairCheck {
    public static final String ID = "NUMBERS";

    private final Map<Locale, NumberExtractor> extractors = new ConcurrentHashMap<>();
    private final Map<Locale, DateExtractor> dates = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        if (!pair.isOneToOne() && (pair.sourceText().isBlank() || pair.targetText().isBlank())) {
            return List.of();
        }
        Side source = side(pair.sourceText(), context.sourceLanguage());
        Side target = side(pair.targetText(), context.targetLanguage());
        List<NumberMention> lostSource = unmatched(source.digits, target.all);
        List<NumberMention> lostTarget = unmatched(target.digits, source.all);
        if (lostSource.isEmpty() && lostTarget.isEmpty()) {
            return List.of();
        }
        StringBuilder message = new StringBuilder();
        if (!lostSource.isEmpty()) {
            message.append(texts(lostSource, pair.sourceText())).append(" in the source not found in the translation");
        }
        if (!lostTarget.isEmpty()) {
            message.append(message.length() > 0 ? "; " : "")
                    .append(texts(lostTarget, pair.targetText())).append(" in the translation not found in the source");
        }
        return List.of(Finding.of(ID, Severity.ERROR, pair, "Numbers differ: " + message, spans(lostSource), spans(lostTarget)));
    }

    private record Side(List<NumberMention> digits, List<NumberMention> all) { }

    private Side side(String text, Locale language) {
        NumberExtractor numbers = extractors.computeIfAbsent(language, NumberExtractor::new);
        List<Span> dateSpans = dates.computeIfAbsent(language, DateExtractor::new).find(text)
                .stream().map(DateMention::span).toList();
        List<NumberMention> digits = numbers.requiredNumbers(text).stream()
                .filter(n -> dateSpans.stream().noneMatch(n.span()::overlaps)).toList();
        return new Side(digits, numbers.allNumbers(text));
    }

    private static List<NumberMention> unmatched(List<NumberMention> required, List<NumberMention> others) {
        List<NumberMention> lost = new ArrayList<>();
        for (NumberMention number : required) {
            if (others.stream().noneMatch(number::matches)) {
                lost.add(number);
            }
        }
        return lost;
    }

    private static String texts(List<NumberMention> numbers, String text) {
        return String.join(", ", numbers.stream().map(n -> n.span().of(text)).toList());
    }

    private static List<Span> spans(List<NumberMention> numbers) {
        return numbers.stream().map(NumberMention::span).toList();
    }

    @Override
    public CheckExample example() {
        return CheckExample.of(
                "Exports rose by 34.4 percent to US$38.5 billion in 1997.",
                "Экспорт вырос на 34,4 процента, до 38,5 миллиарда долларов, в 1997 году.",
                "Exports rose by 34.4 percent to US$<marker>38.5</marker> billion in 1997.",
                "Экспорт вырос на 34,4 процента, до <marker>35,8</marker> млрд долларов, в 1997 году.");
    }
}
