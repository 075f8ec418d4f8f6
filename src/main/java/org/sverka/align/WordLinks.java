package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sverka.transliteration.SkeletonSettings;
import org.sverka.transliteration.SpellingSkeleton;

/**
 * Which target words may translate each source word: equal numbers, cognates (see
 * {@link SpellingSkeleton}, with {@link #COGNATES}) and stem pairs from a learned table or a user
 * dictionary. Stored as a sorted array of target word ids per source word.
 */
final class WordLinks {
    /**
     * The aligner's cognates: k and q apart from c, any letter kept, short skeletons equal from three letters (not
     * da ~ да), and a stray mark of another script dropped without loading ICU.
     */
    static final SkeletonSettings COGNATES = new SkeletonSettings(false, false, 3, true);
    private static final int[] NONE = new int[0];

    private final int[][] links;

    private WordLinks(int[][] links) {
        this.links = links;
    }

    /** No links at all. */
    static WordLinks none(TextSide source) {
        int[][] links = new int[source.vocabularySize()][];
        Arrays.fill(links, NONE);
        return new WordLinks(links);
    }

    boolean isEmpty() {
        for (int[] targets : links) {
            if (targets.length > 0) {
                return false;
            }
        }
        return true;
    }

    /** The links of this that {@code other} lacks. */
    WordLinks minus(WordLinks other) {
        int[][] rest = new int[links.length][];
        for (int u = 0; u < links.length; u++) {
            int[] theirs = other.links[u];
            rest[u] = links[u].length == 0 ? NONE
                    : Arrays.stream(links[u]).filter(v -> Arrays.binarySearch(theirs, v) < 0).toArray();
        }
        return new WordLinks(rest);
    }

    /** Sorted target word ids linked to a source word id. */
    int[] targets(int sourceWord) {
        return links[sourceWord];
    }

    /**
     * @param stemPairs allowed (source stem id, target stem id) pairs, keyed by {@link #key(int, int)}
     */
    static WordLinks build(TextSide source, TextSide target, SpellingSkeleton cognates, Set<Long> stemPairs) {
        Map<String, List<Integer>> targetByPrefix = new HashMap<>();
        Map<String, Integer> targetNumbers = new HashMap<>();
        Map<Integer, List<Integer>> targetByStem = new HashMap<>();
        String[] targetSkeletons = new String[target.vocabularySize()];
        for (int v = 0; v < target.vocabularySize(); v++) {
            String word = target.word(v);
            targetByStem.computeIfAbsent(target.stem(v), k -> new ArrayList<>()).add(v);
            if (word.startsWith("#")) {
                targetNumbers.put(word, v);
                continue;
            }
            targetSkeletons[v] = cognates.of(word);
            if (targetSkeletons[v].length() >= 3) {
                targetByPrefix.computeIfAbsent(targetSkeletons[v].substring(0, 3), k -> new ArrayList<>()).add(v);
            }
        }
        Map<Integer, List<Integer>> stemLinks = new HashMap<>();
        for (long pair : stemPairs) {
            stemLinks.computeIfAbsent(sourceStemOf(pair), k -> new ArrayList<>()).add(targetStemOf(pair));
        }
        int[][] links = new int[source.vocabularySize()][];
        for (int u = 0; u < links.length; u++) {
            String word = source.word(u);
            List<Integer> found = new ArrayList<>();
            if (word.startsWith("#")) {
                Integer v = targetNumbers.get(word);
                if (v != null) {
                    found.add(v);
                }
            } else {
                String skeleton = cognates.of(word);
                if (skeleton.length() >= 3) {
                    for (int v : targetByPrefix.getOrDefault(skeleton.substring(0, 3), List.of())) {
                        if (cognates.matches(skeleton, targetSkeletons[v])) {
                            found.add(v);
                        }
                    }
                }
            }
            for (int targetStem : stemLinks.getOrDefault(source.stem(u), List.of())) {
                found.addAll(targetByStem.getOrDefault(targetStem, List.of()));
            }
            links[u] = found.isEmpty() ? NONE : found.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        return new WordLinks(links);
    }

    /** These links plus the stem pairs': pass 2 adds learned pairs without matching cognates again. */
    WordLinks withStemPairs(TextSide source, TextSide target, Set<Long> stemPairs) {
        Map<Integer, List<Integer>> targetByStem = new HashMap<>();
        for (int v = 0; v < target.vocabularySize(); v++) {
            targetByStem.computeIfAbsent(target.stem(v), k -> new ArrayList<>()).add(v);
        }
        Map<Integer, List<Integer>> stemLinks = new HashMap<>();
        for (long pair : stemPairs) {
            stemLinks.computeIfAbsent(sourceStemOf(pair), k -> new ArrayList<>()).add(targetStemOf(pair));
        }
        int[][] merged = new int[links.length][];
        for (int u = 0; u < links.length; u++) {
            List<Integer> targetStems = stemLinks.get(source.stem(u));
            if (targetStems == null) {
                merged[u] = links[u];
                continue;
            }
            List<Integer> found = new ArrayList<>();
            for (int v : links[u]) {
                found.add(v);
            }
            for (int targetStem : targetStems) {
                found.addAll(targetByStem.getOrDefault(targetStem, List.of()));
            }
            merged[u] = found.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
        }
        return new WordLinks(merged);
    }

    // Multiplying by an odd constant is invertible mod 2^64; it spreads the bits so that Long.hashCode
    // (high XOR low half) does not collide for every (s, t) with equal s ^ t.
    private static final long MIX = 0x9E3779B97F4A7C15L;
    private static final long UNMIX = 0xF1DE83E19937733DL;

    static long key(int sourceStem, int targetStem) {
        return (((long) sourceStem << 32) | (targetStem & 0xffffffffL)) * MIX;
    }

    static int sourceStemOf(long key) {
        return (int) ((key * UNMIX) >>> 32);
    }

    static int targetStemOf(long key) {
        return (int) (key * UNMIX);
    }
}
