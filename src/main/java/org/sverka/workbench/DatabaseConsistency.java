package org.sverka.workbench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sverka.check.CheckedPair;
import org.sverka.check.ConsistencyCheck;
import org.sverka.check.Finding;
import org.sverka.check.Severity;
import org.sverka.check.Span;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;

/**
 * Consistency across the database: a source sentence of this text that other aligned texts of the same
 * language pair translate differently. Deliberately simple: exact source match after whitespace and case
 * folding, the same minimum length as {@link ConsistencyCheck}, and one INFO finding per pair naming the
 * first other text that differs. Only sources of this text are collected, so memory follows this text.
 */
final class DatabaseConsistency {
    private record Translation(String text, int pair, String target) {
    }

    private final Store store;

    DatabaseConsistency(Store store) {
        this.store = store;
    }

    List<Finding> findings(TextInfo text, List<CheckedPair> pairs) {
        Map<String, List<CheckedPair>> here = new LinkedHashMap<>();
        for (CheckedPair pair : pairs) {
            if (!pair.sourceText().isBlank() && !pair.targetText().isBlank()) {
                here.computeIfAbsent(normalise(pair.sourceText()), k -> new ArrayList<>()).add(pair);
            }
        }
        Map<String, List<Translation>> elsewhere = new LinkedHashMap<>();
        for (TextInfo other : store.texts().list()) {
            if (other.id() == text.id() || other.pairs() == 0 || !other.sourceLanguage().equals(text.sourceLanguage())
                    || !other.targetLanguage().equals(text.targetLanguage())) {
                continue;
            }
            store.alignments().forEachPair(other.id(), pair -> {
                String key = normalise(pair.sourceText());
                if (here.containsKey(key) && !pair.targetText().isBlank()) {
                    elsewhere.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Translation(other.name(), pair.number(), pair.targetText()));
                }
            });
        }
        Map<String, List<String>> translations = new LinkedHashMap<>();
        elsewhere.forEach((key, list) -> {
            List<String> all = new ArrayList<>(here.get(key).stream().map(CheckedPair::targetText).toList());
            list.forEach(t -> all.add(t.target()));
            translations.put(key, all);
        });
        List<Finding> findings = new ArrayList<>();
        for (String key : ConsistencyCheck.inconsistent(translations).keySet()) {
            for (CheckedPair pair : here.get(key)) {
                elsewhere.get(key).stream()
                        .filter(t -> !normalise(t.target()).equals(normalise(pair.targetText())))
                        .findFirst()
                        .ifPresent(t -> findings.add(Finding.of(ConsistencyCheck.ID, Severity.INFO, pair,
                                "Same source in text '" + t.text() + "' (pair " + t.pair() + "), translated differently there: \""
                                        + t.target().strip() + "\"",
                                List.of(), List.of(new Span(0, pair.targetText().length())))));
            }
        }
        return findings;
    }

    private static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
