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

    /** Reads the lower-case words and the names of the whole text {@code pairs}. */
    UnmatchedNames(List<CheckedPair> pairs, TextWords stems, NameCounterparts counterparts, NameEquivalents known) {
        this.stems = stems;
        this.counterparts = counterparts;
        this.known = known;
        this.sourceCommon = commonWords(pairs, true, stems);
        this.targetCommon = commonWords(pairs, false, stems);
        this.sourceNames = sourceNames(pairs, stems);
        this.sourceRecurring = recurringCapitals(pairs, stems);
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
     * Whether a capitalised source word may be a name even at the start of a sentence: the text names it elsewhere,
     * or starts more than one sentence with it and never writes it in lower case (Europe take..., Europe will...),
     * unlike a function word that happens to start one sentence (While).
     */
    private boolean capitalisedWord(NameExtractor.Word word) {
        return word.name() || word.initial() && (sourceNames.contains(word.text())
                || sourceRecurring.contains(word.text()) && !sourceCommon.contains(stems.source(word.text())));
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
            return new LostNames(pair, List.of(), List.of(), List.of(), List.of());
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
        List<NameExtractor.Word> replaced = replacedSource(source, target, targetWords, lostSource, lostTarget);
        List<NameExtractor.Word> unrendered = source.stream().filter(w -> capitalisedWord(w)
                && !counterparts.found(w.text(), targetWords) && !known.firstMatches(w.text(), targetWords)).toList();
        return new LostNames(pair, replaced, lostTarget, weakSource.find(source, target, replaced), unrendered);
    }

    /**
     * Adds to {@code lostSource} the source names whose translated counterpart lost a word to a name the
     * translation adds in its place (Организации Мюллер Наций for United Nations).
     */
    private List<NameExtractor.Word> replacedSource(List<NameExtractor.Word> source, List<NameExtractor.Word> target,
                                                    List<String> targetWords, List<NameExtractor.Word> lostSource,
                                                    List<NameExtractor.Word> lostTarget) {
        if (lostTarget.isEmpty()) {
            return lostSource;
        }
        List<NameExtractor.Word> lost = new ArrayList<>();
        for (NameExtractor.Word name : source) {
            if (lostSource.contains(name) || (name.name() && !sourceCommon.contains(stems.source(name.text()))
                    && !counterparts.found(name.text(), targetWords)
                    && lostTarget.stream().anyMatch(t -> known.firstReplacedAt(name.text(), targetWords, target.indexOf(t))))
                    || besideReplaced(source, source.indexOf(name), target, targetWords, lostTarget)) {
                lost.add(name);
            }
        }
        return lost;
    }

    /**
     * Whether the capitalised source word at {@code at} is the first or last word of a name whose other words the
     * translation renders, with a name of its own in its place (West Sumatra / Нильсен Суматра).
     */
    private boolean besideReplaced(List<NameExtractor.Word> source, int at, List<NameExtractor.Word> target,
                                   List<String> targetWords, List<NameExtractor.Word> lostTarget) {
        String word = source.get(at).text();
        // two letters or fewer: a title or an initial (Ms. Sumbung / Селина Самбунг), which translators expand
        if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0)) || counterparts.found(word, targetWords)
                || known.firstMatches(word, targetWords)) {
            return false;
        }
        for (NameExtractor.Word added : lostTarget) {
            int gap = target.indexOf(added);
            for (int step : new int[]{-1, 1}) {
                int next = gap - step;
                int sourceNext = at - step;
                if (next >= 0 && next < target.size() && sourceNext >= 0 && sourceNext < source.size()
                        && !lostTarget.contains(target.get(next)) && target.get(next).name()
                        && source.get(sourceNext).name() && counterparts.found(source.get(sourceNext).text(), List.of(targetWords.get(next)))) {
                    return true;
                }
            }
        }
        return false;
    }
}
