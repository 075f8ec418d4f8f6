package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds the names a translation adds, or gives more often than the source does, where a word of one of the source's
 * names should be: the other words of that source name are rendered around it (Нильсен Суматра for West Sumatra,
 * Организации Мюллер Наций for United Nations, «Республику Ивановым Македония» for Republic of North Macedonia, Рода
 * Мюллер for Rod Rosenstein beside a Mueller rendered once already). Such a name is not the source's even when the
 * source text gives it elsewhere (Ivanov): it was not moved from a neighbouring sentence.
 */
final class ReplacedNames {
    /** The pair's lost source names, its lost translation names, and those of them that stand in a source name's place. */
    record Found(List<NameExtractor.Word> source, List<NameExtractor.Word> target, List<NameExtractor.Word> placed) { }

    private final TextWords stems;
    private final NameCounterparts counterparts;
    private final NameEquivalents known;
    private final Set<String> sourceCommon;

    /** @param sourceCommon stems of the words that start with a lower-case letter somewhere in the source text */
    ReplacedNames(TextWords stems, NameCounterparts counterparts, NameEquivalents known, Set<String> sourceCommon) {
        this.stems = stems;
        this.counterparts = counterparts;
        this.known = known;
        this.sourceCommon = sourceCommon;
    }

    /**
     * Adds to the lost names of a pair the source names whose counterpart lost a word to a name of the translation,
     * and that name.
     */
    Found find(List<NameExtractor.Word> source, List<NameExtractor.Word> target, List<String> sourceWords, List<String> targetWords,
               List<NameExtractor.Word> lostSource, List<NameExtractor.Word> lostTarget) {
        List<NameExtractor.Word> candidates = new ArrayList<>(lostTarget);
        candidates.addAll(surplus(target, sourceWords));
        List<NameExtractor.Word> lost = new ArrayList<>();
        List<NameExtractor.Word> placed = new ArrayList<>();
        for (NameExtractor.Word name : source) {
            boolean replaced = false;
            if (name.name() && !sourceCommon.contains(stems.source(name.text())) && !counterparts.found(name.text(), targetWords)) {
                for (NameExtractor.Word t : lostTarget) {
                    if (known.firstReplacedAt(name.text(), targetWords, target.indexOf(t))) {
                        replaced = true;
                        placed.add(t);
                    }
                }
            }
            List<NameExtractor.Word> beside = besideReplaced(source, source.indexOf(name), target, targetWords, lostTarget, candidates);
            placed.addAll(beside);
            if (lostSource.contains(name) || replaced || !beside.isEmpty()) {
                lost.add(name);
            }
        }
        List<NameExtractor.Word> lostInTarget = target.stream().filter(t -> lostTarget.contains(t) || placed.contains(t)).toList();
        return new Found(lost, lostInTarget, placed.stream().distinct().toList());
    }

    /**
     * The names of the translation that render a source name more often than the source gives it (Мюллер and Мюллера for
     * one Mueller, Мюллер and Миллер for one Miller): one of them may stand for another name.
     */
    private List<NameExtractor.Word> surplus(List<NameExtractor.Word> target, List<String> sourceWords) {
        List<NameExtractor.Word> surplus = new ArrayList<>();
        for (NameExtractor.Word name : target) {
            if (!name.name()) {
                continue;
            }
            List<String> found = sourceWords.stream().filter(w -> Character.isUpperCase(w.codePointAt(0))
                    && counterparts.found(name.text(), List.of(w))).toList();
            long rendering = target.stream().filter(t -> t.name() && found.stream().anyMatch(w -> counterparts.found(t.text(), List.of(w))))
                    .count();
            if (!found.isEmpty() && rendering > found.size()) {
                surplus.add(name);
            }
        }
        return surplus;
    }

    /**
     * The names among {@code candidates} (the translation's lost and surplus names) that take the place of the
     * capitalised source word at {@code at}, the first or last word of a name whose other words the translation renders
     * (West Sumatra / Нильсен Суматра).
     */
    private List<NameExtractor.Word> besideReplaced(List<NameExtractor.Word> source, int at, List<NameExtractor.Word> target,
                                                    List<String> targetWords, List<NameExtractor.Word> lostTarget,
                                                    List<NameExtractor.Word> candidates) {
        String word = source.get(at).text();
        // two letters or fewer: a title or an initial (Ms. Sumbung / Селина Самбунг), which translators expand
        if (word.length() < 3 || !Character.isUpperCase(word.codePointAt(0)) || counterparts.found(word, targetWords)
                || known.firstMatches(word, targetWords)) {
            return List.of();
        }
        List<NameExtractor.Word> found = new ArrayList<>();
        for (NameExtractor.Word candidate : candidates) {
            int gap = target.indexOf(candidate);
            for (int step : new int[]{-1, 1}) {
                int next = gap - step;
                int sourceNext = at - step;
                if (next >= 0 && next < target.size() && sourceNext >= 0 && sourceNext < source.size()
                        && !lostTarget.contains(target.get(next)) && target.get(next).name()
                        && source.get(sourceNext).name() && counterparts.found(source.get(sourceNext).text(), List.of(targetWords.get(next)))) {
                    found.add(candidate);
                    break;
                }
            }
        }
        return found;
    }
}
