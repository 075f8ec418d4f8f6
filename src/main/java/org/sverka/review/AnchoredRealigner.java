package org.sverka.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sverka.model.Bead;
import org.sverka.model.Sentence;

/**
 * Realigns a text around what the reviewer confirmed: confirmed beads stay exactly as they are and
 * act as anchors; the source and target sentences between two consecutive anchors (and before the
 * first, after the last) form a stretch that the {@link StretchAligner} aligns on its own. So a
 * correction made by hand is never undone, and it fixes the alignment around it.
 */
public final class AnchoredRealigner {
    /**
     * Confidence of a sentence whose stretch has nothing on the other side: the pair is forced, but a
     * sentence without a counterpart is worth a reviewer's look, so it sorts with the low-confidence pairs.
     */
    public static final double UNMATCHED = 0.0;

    private final StretchAligner aligner;

    public AnchoredRealigner(StretchAligner aligner) {
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /**
     * The new bead list of the text.
     *
     * @param beads  the current beads, valid for {@code source} and {@code target}
     * @param source every source sentence of the text, in document order
     * @param target every target sentence of the text, in document order
     */
    public List<Bead> realign(List<Bead> beads, List<Sentence> source, List<Sentence> target) {
        checkOrder(source, Side.SOURCE);
        checkOrder(target, Side.TARGET);
        BeadListInvariant.check(beads, source.size(), target.size());
        List<Bead> result = new ArrayList<>(beads.size());
        int sourceFrom = 0;
        int targetFrom = 0;
        for (Bead bead : beads) {
            if (bead.isConfirmed()) {
                result.addAll(stretch(source, sourceFrom, bead.sourceStart(), target, targetFrom, bead.targetStart()));
                result.add(bead);
                sourceFrom = bead.sourceEnd();
                targetFrom = bead.targetEnd();
            }
        }
        result.addAll(stretch(source, sourceFrom, source.size(), target, targetFrom, target.size()));
        return List.copyOf(result);
    }

    private List<Bead> stretch(List<Sentence> source, int sourceFrom, int sourceTo,
                               List<Sentence> target, int targetFrom, int targetTo) {
        int sourceCount = sourceTo - sourceFrom;
        int targetCount = targetTo - targetFrom;
        List<Bead> beads = new ArrayList<>();
        if (sourceCount == 0 || targetCount == 0) {
            for (int i = sourceFrom; i < sourceTo; i++) {
                beads.add(Bead.automatic(i, 1, targetFrom, 0, UNMATCHED));
            }
            for (int j = targetFrom; j < targetTo; j++) {
                beads.add(Bead.automatic(sourceFrom, 0, j, 1, UNMATCHED));
            }
            return beads;
        }
        List<Bead> local = aligner.align(renumbered(source.subList(sourceFrom, sourceTo)),
                renumbered(target.subList(targetFrom, targetTo)));
        if (!BeadListInvariant.holds(local, sourceCount, targetCount)) {
            throw new BrokenBeadListException("The aligner returned pairs that do not cover source sentences " + sourceFrom + "-"
                    + (sourceTo - 1) + " and target sentences " + targetFrom + "-" + (targetTo - 1)
                    + " exactly once in order; the alignment was left as it was. Report this as a bug.");
        }
        for (Bead bead : local) {
            beads.add(new Bead(bead.sourceStart() + sourceFrom, bead.sourceCount(), bead.targetStart() + targetFrom,
                    bead.targetCount(), bead.confidence(), bead.status()));
        }
        return beads;
    }

    private static List<Sentence> renumbered(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence sentence : sentences) {
            out.add(new Sentence(out.size(), sentence.paragraph(), sentence.text()));
        }
        return out;
    }

    private static void checkOrder(List<Sentence> sentences, Side side) {
        for (int i = 0; i < sentences.size(); i++) {
            if (sentences.get(i).index() != i) {
                throw new IllegalArgumentException(side.word() + " sentence at position " + i + " has index "
                        + sentences.get(i).index() + ": pass every sentence of the text, in order");
            }
        }
    }
}
