package org.sverka.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Tells apart languages that share a script (English from German or French, Russian from Ukrainian) by
 * their most frequent function words, listed in {@code importer/stopwords/<language>.txt}. A text is said
 * to be in another language only when that language's words are at least {@value #DOMINANCE} times as
 * frequent as the expected language's, and make up at least {@value #MIN_OTHER_PERCENT}% of the words, in
 * a text of at least {@value #MIN_WORDS} words: lists of names or figures never trigger it.
 */
final class StopwordProfiles {
    static final List<String> LANGUAGES = List.of("de", "en", "es", "fr", "it", "nl", "pt", "ru", "uk");
    static final int MIN_WORDS = 50;
    static final int DOMINANCE = 2;
    static final int MIN_OTHER_PERCENT = 10;
    /** Enough text to judge (about 150,000 words); a whole book adds nothing but time. */
    private static final int MAX_CHARS = 1_000_000;

    /** The language whose common words dominate, with the percentages of common words of both. */
    record Verdict(String language, long otherPercent, long expectedPercent) {
    }

    private final Map<String, Set<String>> words;

    private StopwordProfiles(Map<String, Set<String>> words) {
        this.words = Map.copyOf(words);
    }

    static StopwordProfiles load() {
        Map<String, Set<String>> words = new TreeMap<>();
        for (String language : LANGUAGES) {
            words.put(language, read("/importer/stopwords/" + language + ".txt"));
        }
        return new StopwordProfiles(words);
    }

    /** Another language {@code text} is clearly written in, if any; empty when {@code expected} has no list. */
    Optional<Verdict> dominantOtherLanguage(String text, Locale expected) {
        Set<String> expectedWords = words.get(expected.getLanguage());
        if (expectedWords == null) {
            return Optional.empty();
        }
        List<String> tokens = tokens(text);
        if (tokens.size() < MIN_WORDS) {
            return Optional.empty();
        }
        long expectedHits = hits(tokens, expectedWords);
        return words.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(expected.getLanguage()))
                .map(entry -> new Verdict(entry.getKey(), percent(hits(tokens, entry.getValue()), tokens.size()),
                        percent(expectedHits, tokens.size())))
                .filter(verdict -> verdict.otherPercent() >= MIN_OTHER_PERCENT
                        && verdict.otherPercent() >= DOMINANCE * Math.max(verdict.expectedPercent(), 1))
                .max((a, b) -> Long.compare(a.otherPercent(), b.otherPercent()));
    }

    private static List<String> tokens(String text) {
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        return Arrays.stream(sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(token -> !token.isEmpty())
                .toList();
    }

    private static long hits(List<String> tokens, Set<String> common) {
        return tokens.stream().filter(common::contains).count();
    }

    private static long percent(long part, long whole) {
        return part * 100 / whole;
    }

    private static Set<String> read(String resource) {
        try (InputStream in = StopwordProfiles.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                    .collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
