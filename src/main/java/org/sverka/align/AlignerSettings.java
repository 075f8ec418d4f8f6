package org.sverka.align;

import java.util.List;
import java.util.Objects;
import org.sverka.dictionary.BilingualDictionary;

/**
 * How {@link SentenceAligner} works; the no-argument constructor gives the defaults, tuned on the
 * Anna Karenina validation half and the Text+Berg dev document.
 *
 * @param shapes        bead shapes and their prior probabilities
 * @param bandWidth     initial half-width of the search band, in target sentences; widened when the best path touches it
 * @param lengthWeight  weight of the length model's cost
 * @param lexicalWeight reward (in nats) per word with a translation on the other side of the bead
 * @param punctuationWeight cost per utterance or question mark that one side of a bead has more of
 * @param temperature   divides all costs when turning them into posterior confidences, for a document whose words
 *                      link as much as Anna Karenina's; each document scales it by its own share of linked words
 * @param stopWordShare words in more than this share of a side's sentences are not used as evidence
 * @param realign       whether to learn word associations from a first pass and align again
 * @param dictionary    word translations from the user, possibly empty
 */
public record AlignerSettings(List<BeadShape> shapes, int bandWidth, double lengthWeight, double lexicalWeight,
                              double punctuationWeight, double temperature, double stopWordShare, boolean realign,
                              BilingualDictionary dictionary) {

    public AlignerSettings {
        shapes = List.copyOf(shapes);
        if (shapes.isEmpty() || shapes.stream().noneMatch(s -> s.sourceCount() == 1 && s.targetCount() == 0)
                || shapes.stream().noneMatch(s -> s.sourceCount() == 0 && s.targetCount() == 1)) {
            throw new IllegalArgumentException("shapes must include 1-0 and 0-1 so that every alignment exists: " + shapes);
        }
        if (bandWidth < 8) {
            throw new IllegalArgumentException("bandWidth must be at least 8: " + bandWidth);
        }
        if (!(temperature > 0) || lengthWeight < 0 || lexicalWeight < 0 || punctuationWeight < 0 || !(stopWordShare > 0)) {
            throw new IllegalArgumentException("weights must be >= 0, temperature and stopWordShare > 0");
        }
        Objects.requireNonNull(dictionary, "dictionary");
    }

    public AlignerSettings() {
        this(BeadShape.DEFAULTS, 48, 0.5, 0.9, 0.6, 1.15, 0.1, true, BilingualDictionary.EMPTY);
    }

    public AlignerSettings withDictionary(BilingualDictionary newDictionary) {
        return new AlignerSettings(shapes, bandWidth, lengthWeight, lexicalWeight, punctuationWeight, temperature,
                stopWordShare, realign, newDictionary);
    }
}
