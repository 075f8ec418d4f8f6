package org.sverka.align;

import java.util.List;

/**
 * The cost (-log of an unnormalised probability) of one bead: the shape's prior, the length model's
 * cost weighted, minus a reward per word that has a linked word on the other side of the bead (less the
 * links expected by chance), plus a penalty per utterance or question mark one side has more of and per
 * paragraph start on one side only or paragraph break inside the bead ({@link ParagraphCues}).
 */
final class BeadCost {
    // A sentence without translation is not "too short a translation"; charging it the full length cost
    // made blocks of untranslated captions merge into 1-4 beads (tuned on Text+Berg dev).
    private static final double SKIP_LENGTH_SHARE = 0.5;
    // A bead that starts a line of dialogue on one side only has its boundary in the wrong place, typically
    // a short reply ("'No." ~ "-- Нет, ...") glued to the previous line (tuned on Anna Karenina val: +0.007).
    private static final double OPENING_MISMATCH = 1.0;
    // A general dictionary links many words to many: its links are weaker evidence than numbers, cognates and
    // the pairs learned from the document itself (T+B dev with freedict-deu-fra both ways 0.9138 at 1.0,
    // 0.9117 at 0.5, 0.9195 at 0.3; Anna Karenina val with freedict-eng-rus 0.9299 / 0.9312 / 0.9311).
    private static final double DICTIONARY_SHARE = 0.3;
    private final int[] sourceCounts;
    private final int[] targetCounts;
    private final double[] priorCosts;
    private final long[] sourcePrefix;
    private final long[] targetPrefix;
    private final LengthModel lengths;
    private final LinkMasks masks;
    private final DictionaryEvidence dictionary;
    private final boolean hasDictionary;
    private final double lengthWeight;
    private final double lexicalWeight;
    private final PunctuationCues sourceCues;
    private final PunctuationCues targetCues;
    private final double punctuationWeight;
    private final ParagraphCues paragraphs;
    private final boolean hasParagraphs;

    BeadCost(List<BeadShape> shapes, TextSide source, TextSide target, LengthModel lengths, LinkMasks masks,
             DictionaryEvidence dictionary, double lengthWeight, double lexicalWeight, PunctuationCues sourceCues,
             PunctuationCues targetCues, double punctuationWeight, ParagraphCues paragraphs) {
        int k = shapes.size();
        sourceCounts = new int[k];
        targetCounts = new int[k];
        priorCosts = new double[k];
        double total = shapes.stream().mapToDouble(BeadShape::prior).sum();
        for (int s = 0; s < k; s++) {
            sourceCounts[s] = shapes.get(s).sourceCount();
            targetCounts[s] = shapes.get(s).targetCount();
            priorCosts[s] = -Math.log(shapes.get(s).prior() / total);
        }
        sourcePrefix = prefix(source);
        targetPrefix = prefix(target);
        this.lengths = lengths;
        this.masks = masks;
        this.dictionary = dictionary;
        this.hasDictionary = !dictionary.isEmpty();
        this.lengthWeight = lengthWeight;
        this.lexicalWeight = lexicalWeight;
        this.sourceCues = sourceCues;
        this.targetCues = targetCues;
        this.punctuationWeight = punctuationWeight;
        this.paragraphs = paragraphs;
        this.hasParagraphs = !paragraphs.isFree();
    }

    /** Whether paragraph marks add to the costs (the cues learned from pass 1 are not free). */
    boolean hasParagraphCues() {
        return hasParagraphs;
    }

    int shapes() {
        return sourceCounts.length;
    }

    int sourceCount(int shape) {
        return sourceCounts[shape];
    }

    int targetCount(int shape) {
        return targetCounts[shape];
    }

    /**
     * {@link #cost}, or positive infinity when the bead cannot cost less than {@code limit}: the length
     * cost is computed once, and the lexical masks are read only when the bead's words that link to
     * anything in the band could bring it below the limit. Lets Viterbi skip beads that cannot win.
     */
    double costBelow(int shape, int i, int j, double limit) {
        int a = sourceCounts[shape];
        int b = targetCounts[shape];
        int sourceLength = (int) (sourcePrefix[i + a] - sourcePrefix[i]);
        int targetLength = (int) (targetPrefix[j + b] - targetPrefix[j]);
        double lengthCost = lengthWeight * lengths.cost(sourceLength, targetLength);
        if (a == 0 || b == 0) {
            return priorCosts[shape] + SKIP_LENGTH_SHARE * lengthCost;
        }
        double cost = priorCosts[shape] + lengthCost + lexicalWeight * masks.chanceMatches(i, a, j, b);
        if (hasParagraphs) {
            cost += paragraphs.cost(i, a, j, b);
        }
        if (!hasDictionary) {
            if (cost - lexicalWeight * masks.maxMatchedWords(i, a, j, b) >= limit) {
                return Double.POSITIVE_INFINITY;
            }
            return cost - lexicalWeight * masks.matchedWords(i, a, j, b) + punctuationCost(i, a, j, b);
        }
        if (cost - lexicalWeight * (masks.maxMatchedWords(i, a, j, b) + dictionary.maxWords(i, a, j, b)) >= limit) {
            return Double.POSITIVE_INFINITY;
        }
        return cost - lexicalWeight * (masks.matchedWords(i, a, j, b) + DICTIONARY_SHARE * dictionary.score(i, a, j, b))
                + punctuationCost(i, a, j, b);
    }

    /**
     * Share of the bead's content words that have a linked word on its other side (0 for a bead with an empty
     * side or no content words): how much of its place the words, not the lengths, decide.
     */
    double linkedShare(int shape, int i, int j) {
        int a = sourceCounts[shape];
        int b = targetCounts[shape];
        if (a == 0 || b == 0) {
            return 0;
        }
        long words = masks.contentWords(i, a, j, b);
        return words == 0 ? 0 : (double) masks.matchedWords(i, a, j, b) / words;
    }

    /** Cost of the bead of this shape that starts after i source and j target sentences. */
    double cost(int shape, int i, int j) {
        return costBelow(shape, i, j, Double.POSITIVE_INFINITY);
    }

    private double punctuationCost(int i, int a, int j, int b) {
        if (punctuationWeight == 0) {
            return 0;
        }
        double cost = punctuationWeight * (Math.abs(sourceCues.utterances(i, a) - targetCues.utterances(j, b))
                + Math.abs(sourceCues.questions(i, a) - targetCues.questions(j, b)));
        return sourceCues.opens(i) != targetCues.opens(j) ? cost + OPENING_MISMATCH : cost;
    }

    private static long[] prefix(TextSide side) {
        long[] prefix = new long[side.size() + 1];
        for (int i = 0; i < side.size(); i++) {
            prefix[i + 1] = prefix[i] + side.length(i);
        }
        return prefix;
    }
}
