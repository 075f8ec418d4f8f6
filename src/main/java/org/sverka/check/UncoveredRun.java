package org.sverka.check;

import java.util.List;
import java.util.Optional;

/**
 * The longest stretch of a source sentence whose translatable words the translation does not render, and how
 * well the translation renders the rest: a dropped clause leaves one such stretch in an otherwise rendered
 * sentence, free translation leaves uncovered words scattered. Words the dictionary does not know neither
 * extend nor break a stretch; a rendered word ends it.
 *
 * @param start            offset of the stretch's first uncovered word in the source
 * @param end              end offset of its last uncovered word
 * @param uncovered        uncovered words in the stretch
 * @param coveredElsewhere rendered words outside the stretch
 * @param knownElsewhere   words outside the stretch the dictionary knows or that are rendered
 */
record UncoveredRun(int start, int end, int uncovered, int coveredElsewhere, int knownElsewhere) {

    static Optional<UncoveredRun> longest(List<SourceCoverage.Word> words) {
        int bestFrom = -1;
        int bestTo = -1;
        int bestCount = 0;
        int from = -1;
        int count = 0;
        int last = -1;
        for (int i = 0; i < words.size(); i++) {
            SourceCoverage.Status status = words.get(i).status();
            if (status == SourceCoverage.Status.UNCOVERED) {
                from = count == 0 ? i : from;
                count++;
                last = i;
                if (count > bestCount) {
                    bestCount = count;
                    bestFrom = from;
                    bestTo = last;
                }
            } else if (status == SourceCoverage.Status.COVERED) {
                count = 0;
            }
        }
        if (bestCount == 0) {
            return Optional.empty();
        }
        int covered = 0;
        int known = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i < bestFrom || i > bestTo) {
                SourceCoverage.Status status = words.get(i).status();
                covered += status == SourceCoverage.Status.COVERED ? 1 : 0;
                known += status != SourceCoverage.Status.UNKNOWN ? 1 : 0;
            }
        }
        return Optional.of(new UncoveredRun(words.get(bestFrom).start(), words.get(bestTo).end(), bestCount, covered, known));
    }

    /** The share of known words outside the stretch that the translation renders (1 when there are none). */
    double coverageElsewhere() {
        return knownElsewhere == 0 ? 1 : (double) coveredElsewhere / knownElsewhere;
    }
}
