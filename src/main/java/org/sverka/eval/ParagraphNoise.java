package org.sverka.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Damages paragraph labels the way a real translation may: some of the original's paragraph breaks are
 * dropped (two paragraphs run together) or breaks are added where the other side has none. Random with a
 * fixed seed, so every run measures the same damage.
 */
public final class ParagraphNoise {
    private final Random random;

    public ParagraphNoise(long seed) {
        this.random = new Random(seed);
    }

    /** The labels with the given share of their paragraph breaks removed, chosen at random. */
    public List<Integer> withoutBreaks(List<Integer> labels, double share) {
        boolean[] starts = starts(labels);
        List<Integer> breaks = positions(starts, true);
        Collections.shuffle(breaks, random);
        for (int k = 0; k < Math.round(share * breaks.size()); k++) {
            starts[breaks.get(k)] = false;
        }
        return labels(starts);
    }

    /** The labels with extra breaks, as many as the given share of their breaks, between sentences chosen at random. */
    public List<Integer> withExtraBreaks(List<Integer> labels, double share) {
        boolean[] starts = starts(labels);
        int extra = (int) Math.round(share * positions(starts, true).size());
        List<Integer> candidates = positions(starts, false);
        Collections.shuffle(candidates, random);
        for (int k = 0; k < Math.min(extra, candidates.size()); k++) {
            starts[candidates.get(k)] = true;
        }
        return labels(starts);
    }

    /** The labels with as many breaks as before, all placed at random: marks that agree with nothing but chance. */
    public List<Integer> withBreaksMoved(List<Integer> labels) {
        boolean[] starts = starts(labels);
        int count = positions(starts, true).size();
        List<Integer> all = new ArrayList<>();
        for (int k = 1; k < starts.length; k++) {
            all.add(k);
        }
        Collections.shuffle(all, random);
        boolean[] moved = new boolean[starts.length];
        for (int k = 0; k < count; k++) {
            moved[all.get(k)] = true;
        }
        return labels(moved);
    }

    /** starts[k]: sentence k opens a paragraph (sentence 0 is not counted as a break). */
    private static boolean[] starts(List<Integer> labels) {
        boolean[] starts = new boolean[labels.size()];
        for (int k = 1; k < labels.size(); k++) {
            starts[k] = !labels.get(k).equals(labels.get(k - 1));
        }
        return starts;
    }

    private static List<Integer> positions(boolean[] starts, boolean value) {
        List<Integer> positions = new ArrayList<>();
        for (int k = 1; k < starts.length; k++) {
            if (starts[k] == value) {
                positions.add(k);
            }
        }
        return positions;
    }

    private static List<Integer> labels(boolean[] starts) {
        List<Integer> labels = new ArrayList<>(starts.length);
        int paragraph = 0;
        for (int k = 0; k < starts.length; k++) {
            paragraph += starts[k] ? 1 : 0;
            labels.add(paragraph);
        }
        return labels;
    }
}
