package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every number written with digits (or in words, from twenty up) on one side needs a counterpart on the
 * other: digits in any locale's notation, a number word, a Roman numeral, or the same quantity in the other
 * measuring system (miles and km, °F and °C, inches and cm, pounds and kg). Numbers inside dates are left to
 * {@link DatesCheck}. One finding per pair lists every unmatched number on both sides: an ERROR, or INFO when
 * every one of them is lost the other way round in a neighbouring pair, where the aligner cut a translation
 * at another place than the translator did.
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
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        List<Lost> lost = new ArrayList<>(pairs.size());
        for (CheckedPair pair : pairs) {
            lost.add(lost(pair, context));
        }
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            Lost here = lost.get(i);
            CheckedPair pair = pairs.get(i);
            if (here.isEmpty() || pair.isUnpaired()) {
                continue;
            }
            List<Lost> around = new ArrayList<>();
            List<String> numbers = new ArrayList<>();
            for (int j : new int[]{i - 1, i + 1}) {
                if (j >= 0 && j < pairs.size() && !lost.get(j).isEmpty()) {
                    around.add(lost.get(j));
                    numbers.add(String.valueOf(pairs.get(j).number()));
                }
            }
            boolean crossed = !around.isEmpty() && here.crossedWith(around);
            String message = "Numbers differ: " + message(here, pair)
                    + (crossed ? " (found in pair " + String.join(" or ", numbers) + ": the alignment may be off here)" : "");
            findings.add(Finding.of(ID, crossed ? Severity.INFO : Severity.ERROR, pair, message,
                    spans(here.source()), spans(here.target())));
        }
        return findings;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        return check(List.of(pair), context);
    }

    /** A pair's numbers without a counterpart on the other side; on an unpaired pair, all its numbers. */
    private record Lost(List<NumberMention> source, List<NumberMention> target) {
        boolean isEmpty() {
            return source.isEmpty() && target.isEmpty();
        }

        /** Whether every number lost here is lost the other way round in one of the {@code neighbours}. */
        boolean crossedWith(List<Lost> neighbours) {
            return source.stream().allMatch(n -> neighbours.stream().anyMatch(o -> o.target.stream().anyMatch(n::matches)))
                    && target.stream().allMatch(n -> neighbours.stream().anyMatch(o -> o.source.stream().anyMatch(n::matches)));
        }
    }

    private Lost lost(CheckedPair pair, CheckContext context) {
        Side source = side(pair.sourceText(), context.sourceLanguage());
        Side target = side(pair.targetText(), context.targetLanguage());
        return new Lost(unmatched(source.digits, target.all), unmatched(target.digits, source.all));
    }

    private static String message(Lost lost, CheckedPair pair) {
        StringBuilder message = new StringBuilder();
        if (!lost.source().isEmpty()) {
            message.append(texts(lost.source(), pair.sourceText())).append(" in the source not found in the translation");
        }
        if (!lost.target().isEmpty()) {
            message.append(message.length() > 0 ? "; " : "")
                    .append(texts(lost.target(), pair.targetText())).append(" in the translation not found in the source");
        }
        return message.toString();
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
