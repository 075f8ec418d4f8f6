package org.sverka.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.sverka.model.Sentence;

/**
 * One side of an alignment, prepared for scoring: each sentence's content length and its distinct
 * content words as ids into the side's vocabulary. Words in too many sentences (function words) are
 * left out: they link everything to everything. At most {@value #MAX_WORDS} words a sentence are kept.
 */
final class TextSide {
    static final int MAX_WORDS = 64;

    private final int[] lengths;
    private final int[][] words;
    private final List<String> vocabulary;
    private final int[] stems;
    private final List<String> stemVocabulary;
    private final Map<String, Integer> stemIds = new HashMap<>();
    private final WordStemmer stemmer;

    TextSide(List<Sentence> sentences, Locale language, double maxSentenceShare) {
        int n = sentences.size();
        lengths = new int[n];
        List<List<String>> tokens = new ArrayList<>(n);
        Map<String, Integer> sentenceFrequency = new HashMap<>();
        for (int i = 0; i < n; i++) {
            String text = sentences.get(i).text();
            lengths[i] = WordTokenizer.contentLength(text);
            List<String> distinct = WordTokenizer.tokens(text).stream().distinct().toList();
            tokens.add(distinct);
            distinct.forEach(w -> sentenceFrequency.merge(w, 1, Integer::sum));
        }
        int maxFrequency = (int) Math.max(8, maxSentenceShare * n);
        Map<String, Integer> ids = new HashMap<>();
        vocabulary = new ArrayList<>();
        words = new int[n][];
        for (int i = 0; i < n; i++) {
            words[i] = tokens.get(i).stream()
                    .filter(w -> w.startsWith("#") || sentenceFrequency.get(w) <= maxFrequency)
                    .limit(MAX_WORDS)
                    .mapToInt(w -> ids.computeIfAbsent(w, k -> {
                        vocabulary.add(k);
                        return vocabulary.size() - 1;
                    }))
                    .toArray();
        }
        stemmer = new WordStemmer(language);
        stemVocabulary = new ArrayList<>();
        stems = new int[vocabulary.size()];
        for (int w = 0; w < stems.length; w++) {
            stems[w] = stemIds.computeIfAbsent(stemmer.stem(vocabulary.get(w)), k -> {
                stemVocabulary.add(k);
                return stemVocabulary.size() - 1;
            });
        }
    }

    int size() {
        return lengths.length;
    }

    int length(int sentence) {
        return lengths[sentence];
    }

    long totalLength() {
        return Arrays.stream(lengths).asLongStream().sum();
    }

    /** ends[i] = content length of sentences 0..i-1, for i = 0..size(). */
    long[] lengthEnds() {
        long[] ends = new long[lengths.length + 1];
        for (int i = 0; i < lengths.length; i++) {
            ends[i + 1] = ends[i] + lengths[i];
        }
        return ends;
    }

    /** Distinct content word ids of a sentence, in order of first occurrence. */
    int[] words(int sentence) {
        return words[sentence];
    }

    int vocabularySize() {
        return vocabulary.size();
    }

    String word(int id) {
        return vocabulary.get(id);
    }

    int stem(int wordId) {
        return stems[wordId];
    }

    /** Number of distinct stems of the side's content words; stem ids are 0 .. stemCount() - 1. */
    int stemCount() {
        return stemVocabulary.size();
    }

    /** The stem id of a word as this side stems it, or -1 when no content word of the side has that stem. */
    int stemIdOf(String word) {
        return stemIds.getOrDefault(stemmer.stem(word.toLowerCase(Locale.ROOT)), -1);
    }
}
