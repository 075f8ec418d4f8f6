package org.sverka.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Source words that may have lost their counterpart though they are no sure names: a word at the start of
 * a sentence that the text names elsewhere (Sanford took the stand / Нильсен заявил), and a name the
 * source gives more often than the translation does (Iran and Russia ... Russia / Ирана и Окафор ...
 * Россию). They only make a name of the translation a differing one, never a finding of their own.
 */
final class WeakSourceNames {
    private final NameCounterparts counterparts;
    private final NameEquivalents known;
    private final TextWords stems;
    private final Set<String> sourceNames;
    private final Set<String> sourceCommon;

    /**
     * @param sourceNames  the words that stand as names somewhere in the source text
     * @param sourceCommon stems of the words that start with a lower-case letter somewhere in the source text
     */
    WeakSourceNames(NameCounterparts counterparts, NameEquivalents known, TextWords stems, Set<String> sourceNames,
                    Set<String> sourceCommon) {
        this.counterparts = counterparts;
        this.known = known;
        this.stems = stems;
        this.sourceNames = sourceNames;
        this.sourceCommon = sourceCommon;
    }

    /** The weak names of a pair's source words, given the words of its translation and the source names already lost. */
    List<NameExtractor.Word> find(List<NameExtractor.Word> source, List<NameExtractor.Word> target,
                                  List<NameExtractor.Word> lostSource) {
        List<String> targetWords = target.stream().map(NameExtractor.Word::text).toList();
        List<NameExtractor.Word> weak = new ArrayList<>();
        for (NameExtractor.Word word : source) {
            if (word.initial() && word.text().length() >= 3 && sourceNames.contains(word.text())
                    && !sourceCommon.contains(stems.source(word.text()))
                    && !counterparts.found(word.text(), targetWords) && !known.firstMatches(word.text(), targetWords)) {
                weak.add(word);
            }
        }
        Set<String> seen = new HashSet<>();
        for (NameExtractor.Word name : source) {
            if (name.name() && !lostSource.contains(name) && seen.add(name.text())
                    && !sourceCommon.contains(stems.source(name.text()))) {
                long inSource = source.stream().filter(w -> w.text().equals(name.text())).count();
                List<String> others = source.stream().filter(w -> w.name() && !w.text().equals(name.text()))
                        .map(NameExtractor.Word::text).distinct().toList();
                // a word that also names another source name stands for that one (Пекин for Beijing, not for China)
                long inTarget = inSource < 2 ? inSource : target.stream().filter(w -> Character.isUpperCase(w.text().codePointAt(0))
                        && (counterparts.found(name.text(), List.of(w.text())) || known.secondMatches(w.text(), List.of(name.text())))
                        && !(known.secondMatches(w.text(), others) && !counterparts.found(name.text(), List.of(w.text())))).count();
                if (inTarget < inSource) {
                    weak.add(name);
                }
            }
        }
        return weak;
    }
}
