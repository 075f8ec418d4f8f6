package org.sverka.check;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The same source sentence translated differently within one text. Short segments ("Yes.", headings)
 * are left alone: their translation rightly depends on context. {@link #inconsistent(Map)} applies the
 * same rule to any source-to-translations map, e.g. one collected across a whole database.
 */
public final class ConsistencyCheck implements Check {
    public static final String ID = "CONSISTENCY";
    private static final int MIN_SOURCE_LENGTH = 20;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        Map<String, CheckedPair> first = new LinkedHashMap<>();
        List<Finding> findings = new ArrayList<>();
        for (CheckedPair pair : pairs) {
            String source = normalise(pair.sourceText());
            if (source.length() < MIN_SOURCE_LENGTH || pair.targetText().isBlank()) {
                continue;
            }
            CheckedPair earlier = first.putIfAbsent(source, pair);
            if (earlier != null && !normalise(earlier.targetText()).equals(normalise(pair.targetText()))) {
                findings.add(Finding.of(ID, Severity.INFO, pair, "Same source as pair " + earlier.number()
                                + ", translated differently there: \"" + earlier.targetText().strip() + "\"",
                        List.of(), List.of(new Span(0, pair.targetText().length()))));
            }
        }
        return findings;
    }

    /** The sources (as given) that have more than one distinct translation, with those translations. */
    public static Map<String, Set<String>> inconsistent(Map<String, ? extends Collection<String>> sourceToTranslations) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        sourceToTranslations.forEach((source, translations) -> {
            if (normalise(source).length() < MIN_SOURCE_LENGTH) {
                return;
            }
            Map<String, String> distinct = new LinkedHashMap<>();
            translations.forEach(t -> distinct.putIfAbsent(normalise(t), t));
            if (distinct.size() > 1) {
                result.put(source, new LinkedHashSet<>(distinct.values()));
            }
        });
        return result;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    @Override
    public CheckExample example() {
        List<CheckedPair> background = List.of(
                CheckedPair.of(1, "Please close the door behind you.", "Пожалуйста, закрывайте за собой дверь."));
        return new CheckExample(background,
                "Please close the door behind you.", "Пожалуйста, закрывайте за собой дверь.",
                "Please close the door behind you.", "<marker>Закройте окно.</marker>", "1-1");
    }
}
