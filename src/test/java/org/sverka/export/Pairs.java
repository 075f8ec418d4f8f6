package org.sverka.export;

import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;

/** Aligned pairs for tests, built from short real sentences. */
final class Pairs {

    private Pairs() {
    }

    static AlignedPair oneToOne(int number, String source, String target, double confidence) {
        return new AlignedPair(number, source, target,
                Bead.automatic(number - 1, 1, number - 1, 1, confidence));
    }

    static AlignedPair confirmed(int number, String source, String target, double confidence) {
        return new AlignedPair(number, source, target,
                new Bead(number - 1, 1, number - 1, 1, confidence, Bead.Status.CONFIRMED));
    }

    static AlignedPair twoToOne(int number, String source, String target, double confidence) {
        return new AlignedPair(number, source, target,
                Bead.automatic(number - 1, 2, number - 1, 1, confidence));
    }

    static AlignedPair sourceOnly(int number, String source) {
        return new AlignedPair(number, source, "", Bead.automatic(number - 1, 1, number - 1, 0, 0.2));
    }

    static AlignedPair targetOnly(int number, String target) {
        return new AlignedPair(number, "", target, Bead.automatic(number - 1, 0, number - 1, 1, 0.2));
    }
}
