package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The same word twice in a row ("the the", "в в") in the translation, unless the source has it too. */
public final class DoubledWordCheck implements PairCheck {
    public static final String ID = "DOUBLED_WORD";
    private static final Pattern DOUBLED = Pattern.compile("(?<![\\p{L}\\d])(\\p{L}+)\\s+(\\1)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Repetitions that are grammatical. */
    private static final Set<String> ALLOWED = Set.of("had", "that", "is", "very", "so", "bye", "ha", "no",
            "тук", "да", "нет", "так", "очень", "ха", "что", "bla", "blah", "many", "more", "again", "far");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        List<Span> target = doubled(pair.targetText());
        if (target.isEmpty() || !doubled(pair.sourceText()).isEmpty()) {
            return List.of();
        }
        return List.of(Finding.of(ID, Severity.WARNING, pair, "Doubled word in the translation: \""
                + target.get(0).of(pair.targetText()) + "\"", List.of(), target));
    }

    private static List<Span> doubled(String text) {
        List<Span> spans = new ArrayList<>();
        Matcher m = DOUBLED.matcher(text);
        while (m.find()) {
            if (!ALLOWED.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                spans.add(new Span(m.start(), m.end()));
            }
        }
        return spans;
    }

    @Override
    public CheckExample example() {
        return CheckExample.of("He lives in Moscow.", "Он живёт в Москве.",
                "He lives in Moscow.", "Он живёт <marker>в в</marker> Москве.");
    }
}
