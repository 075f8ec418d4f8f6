package org.sverka.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the names of a pair that have no counterpart on the other side, transliterated or translated.
 * A capitalised word that the same text also writes in lower case (Assembly / assembly) is a common word.
 */
final class UnmatchedNames {
    private final TextWords stems;
    private final NameCounterparts counterparts;
    private final NameEquivalents known;
    private final Set<String> sourceCommon;
    private final Set<String> targetCommon;
    private final WeakSourceNames weakSource;
    private final Set<String> sourceNames;
    private final Set<String> sourceRecurring;
    private final ReplacedNames replaced;

    /** Reads the lower-case words and the names of the whole text {@code pairs}. */
    UnmatchedNames(List<CheckedPair> pairs, TextWords stems, NameCounterparts counterparts, NameEquivalents known) {
        this.stems = stems;
        this.counterparts = counterparts;
        this.known = known;
        this.sourceCommon = commonWords(pairs, true, stems);
        this.targetCommon = commonWords(pairs, false, stems);
        this.sourceNames = sourceNames(pairs, stems);
        this.sourceRecurring = recurringCapitals(pairs, stems);
        this.replaced = new ReplacedNames(stems, counterparts, known, sourceCommon);
        this.weakSource = new WeakSourceNames(counterparts, known, stems, sourceNames, sourceCommon);
    }

    /** Stems of the words that start with a lower-case letter somewhere on one side of the text. */
    private static Set<String> commonWords(List<CheckedPair> pairs, boolean source, TextWords stems) {
        Set<String> common = new HashSet<>();
        for (CheckedPair pair : pairs) {
            common.addAll(stems.lowerCaseStems(source ? pair.sourceText() : pair.targetText(), source));
        }
        return common;
    }

    /** The words that stand as names somewhere in the source text, not only at the start of a sentence. */
    private static Set<String> sourceNames(List<CheckedPair> pairs, TextWords stems) {
        Set<String> names = new HashSet<>();
        for (CheckedPair pair : pairs) {
            stems.sourceWords(pair.sourceText()).stream().filter(NameExtractor.Word::name).forEach(w -> names.add(w.text()));
        }
        return names;
    }

    /** The capitalised source words that more than one pair of the text gives, at the start of a sentence or not. */
    private static Set<String> recurringCapitals(List<CheckedPair> pairs, TextWords stems) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (CheckedPair pair : pairs) {
            stems.sourceWords(pair.sourceText()).stream().filter(w -> w.name() || w.initial()).map(NameExtractor.Word::text)
                    .distinct().forEach(w -> counts.merge(w, 1, Integer::sum));
        }
        Set<String> recurring = new HashSet<>();
        counts.forEach((word, count) -> {
            if (count > 1) {
                recurring.add(word);
            }
        });
        return recurring;
    }

    /**
     * Whether a capitalised source word may be a name even at the start of a sentence: the text never writes it in
     * lower case, and names it elsewhere or starts more than one sentence with it (Europe take..., Europe will...),
     * unlike a function word (The, or While starting one sentence of a text that has no other while).
     */
    private boolean capitalisedWord(NameExtractor.Word word) {
        return word.name() || word.initial() && !sourceCommon.contains(stems.source(word.text()))
                && (sourceNames.contains(word.text()) || sourceRecurring.contains(word.text()));
    }

    /**
     * Whether a source word is a common word that is capitalised only because it starts a sentence (More than three
     * months): the text writes it in lower case elsewhere and never as a name, so it is no counterpart of a name.
     */
    private boolean commonAtStart(NameExtractor.Word word) {
        return word.initial() && !word.name() && sourceCommon.contains(stems.source(word.text())) && !sourceNames.contains(word.text());
    }

    LostNames in(CheckedPair pair) {
        if (pair.sourceText().isBlank() || pair.targetText().isBlank()) {
            return new LostNames(pair, List.of(), List.of(), List.of(), List.of(), List.of());
        }
        List<NameExtractor.Word> source = stems.sourceWords(pair.sourceText());
        List<NameExtractor.Word> target = stems.targetWords(pair.targetText());
        List<String> sourceWords = NameCounterparts.of(source.stream().filter(w -> !commonAtStart(w)).toList());
        List<String> targetWords = NameCounterparts.of(target);
        List<NameExtractor.Word> lostSource = new ArrayList<>();
        for (NameExtractor.Word name : source) {
            if (name.name() && !sourceCommon.contains(stems.source(name.text()))
                    && !counterparts.found(name.text(), targetWords) && !known.firstMatchesWhole(name.text(), targetWords)) {
                lostSource.add(name);
            }
        }
        List<NameExtractor.Word> lostTarget = new ArrayList<>();
        for (NameExtractor.Word name : target) {
            if (name.name() && !targetCommon.contains(stems.target(name.text()))
                    && (!counterparts.found(name.text(), sourceWords) || counterparts.claimedByOthers(name, target, sourceWords, stems))
                    && !known.secondMatches(name.text(), sourceWords)) {
                lostTarget.add(name);
            }
        }
        ReplacedNames.Found replaced = lostTarget.isEmpty() && lostSource.isEmpty()
                ? new ReplacedNames.Found(lostSource, lostTarget, List.of())
                : this.replaced.find(source, target, sourceWords, targetWords, lostSource, lostTarget);
        List<NameExtractor.Word> unrendered = source.stream().filter(w -> capitalisedWord(w)
                && !counterparts.found(w.text(), targetWords) && !known.firstMatches(w.text(), targetWords)).toList();
        return new LostNames(pair, replaced.source(), replaced.target(), weakSource.find(source, target, replaced.source()),
                unrendered, replaced.placed());
    }
}
