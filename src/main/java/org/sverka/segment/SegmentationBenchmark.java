package org.sverka.segment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.sverka.SverkaException;

/**
 * Measures {@link SentenceSegmenter} against the gold sentence split of the Anna Karenina val corpus
 * (English and Russian): each gold paragraph is joined with single spaces, split again, and the sentence
 * end offsets compared. Also counts how often NTREX segments (mostly one sentence each) get split, and
 * how many NTREX line ends are found when each document's lines are joined into one paragraph.
 * Run: {@code java -cp ... org.sverka.segment.SegmentationBenchmark [--errors N] [sharedFolder]}.
 */
public final class SegmentationBenchmark {

    static final String ANNA_KARENINA = "corpora/anna-karenina-en-ru-val/val_EN-RU-Tolstoy_Leo-Anna_Karenina_vol2.jsonl";
    static final String NTREX_EN = "corpora/ntrex-en-ru/newstest2019-src.eng.txt";
    static final String NTREX_RU = "corpora/ntrex-en-ru/newstest2019-ref.rus.txt";
    static final String NTREX_DOCUMENTS = "corpora/ntrex-en-ru/DOCUMENT_IDS.tsv";

    private SegmentationBenchmark() {
    }

    public static void main(String[] args) {
        int errors = args.length >= 2 && args[0].equals("--errors") ? Integer.parseInt(args[1]) : 0;
        Optional<Path> shared = args.length % 2 == 1 ? Optional.of(Path.of(args[args.length - 1])) : sharedFolder();
        Path folder = shared.orElseThrow(() -> new SverkaException(
                "The shared corpora folder was not found: pass it as an argument or set -Dsverka.shared."));
        Map<String, SegmentationRules> variants = variants();
        for (String side : List.of("sources", "targets")) {
            Locale language = side.equals("sources") ? Locale.ENGLISH : Locale.forLanguageTag("ru");
            List<List<String>> gold = GoldSentenceCorpus.paragraphs(folder.resolve(ANNA_KARENINA), side);
            System.out.printf("Anna Karenina val, %s: %d paragraphs, %d gold sentences%n", language,
                    gold.size(), gold.stream().mapToInt(List::size).sum());
            variants.forEach((name, rules) -> System.out.printf("  %-22s %s%n", name,
                    score(SentenceSegmenter.forLanguage(language, rules), gold, name.equals("default") ? errors : 0)));
        }
        ntrex(folder.resolve(NTREX_EN), Locale.ENGLISH);
        ntrex(folder.resolve(NTREX_RU), Locale.forLanguageTag("ru"));
        ntrexDocuments(folder, NTREX_EN, Locale.ENGLISH, errors);
        ntrexDocuments(folder, NTREX_RU, Locale.forLanguageTag("ru"), errors);
    }

    static Map<String, SegmentationRules> variants() {
        Map<String, SegmentationRules> variants = new LinkedHashMap<>();
        variants.put("ICU only", SegmentationRules.icuOnly());
        variants.put("default", new SegmentationRules());
        variants.put("no abbreviation list", new SegmentationRules(false, true, true, true, true));
        variants.put("no initials", new SegmentationRules(true, false, true, true, true));
        variants.put("no lowercase-resumes", new SegmentationRules(true, true, false, true, true));
        variants.put("no openers", new SegmentationRules(true, true, true, false, true));
        variants.put("no number openers", new SegmentationRules(true, true, true, true, false));
        variants.put("neither opener rule", new SegmentationRules(true, true, true, false, false));
        return variants;
    }

    /** The boundary score over all gold paragraphs; prints up to {@code errors} wrong boundaries. */
    static BoundaryScore score(SentenceSegmenter segmenter, List<List<String>> gold, int errors) {
        BoundaryScore total = BoundaryScore.ZERO;
        for (List<String> sentences : gold) {
            String text = String.join(" ", sentences);
            Set<Integer> expected = new HashSet<>();
            int offset = 0;
            for (String sentence : sentences.subList(0, sentences.size() - 1)) {
                offset += sentence.length();
                expected.add(offset);
                offset++;
            }
            Set<Integer> found = new HashSet<>();
            List<SentenceSpan> spans = segmenter.spans(text);
            spans.subList(0, Math.max(0, spans.size() - 1)).forEach(span -> found.add(span.end()));
            long truePositives = found.stream().filter(expected::contains).count();
            BoundaryScore paragraph = new BoundaryScore(truePositives, found.size() - truePositives,
                    expected.size() - truePositives);
            if (errors > 0 && (paragraph.falsePositives() > 0 || paragraph.falseNegatives() > 0)) {
                printErrors(text, expected, found);
                errors--;
            }
            total = total.plus(paragraph);
        }
        return total;
    }

    private static void printErrors(String text, Set<Integer> expected, Set<Integer> found) {
        found.stream().filter(b -> !expected.contains(b)).forEach(b -> System.out.println("    extra  " + around(text, b)));
        expected.stream().filter(b -> !found.contains(b)).forEach(b -> System.out.println("    missed " + around(text, b)));
    }

    private static String around(String text, int boundary) {
        return text.substring(Math.max(0, boundary - 50), boundary) + " || "
                + text.substring(boundary, Math.min(text.length(), boundary + 40));
    }

    private static void ntrex(Path lines, Locale language) {
        try (Stream<String> stream = Files.lines(lines, StandardCharsets.UTF_8)) {
            List<String> segments = stream.filter(line -> !line.isBlank()).toList();
            for (Map.Entry<String, SegmentationRules> variant : variants().entrySet()) {
                SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language, variant.getValue());
                long sentences = segments.stream().mapToLong(line -> segmenter.split(line).size()).sum();
                long splitLines = segments.stream().filter(line -> segmenter.split(line).size() > 1).count();
                System.out.printf("NTREX %s, %-22s %d lines -> %d sentences, %d lines split%n", language,
                        variant.getKey(), segments.size(), sentences, splitLines);
            }
        } catch (IOException e) {
            throw new SverkaException("Cannot read NTREX file " + lines + ": " + e.getMessage(), e);
        }
    }

    /**
     * NTREX lines joined back into their 123 documents, each line end a gold boundary: recall is the share
     * of line ends found; a "false positive" is a split inside a line, right or wrong (some lines hold two
     * sentences), and a headline without a full stop is a line end no splitter can find.
     */
    private static void ntrexDocuments(Path folder, String side, Locale language, int errors) {
        List<String> lines = readLines(folder.resolve(side));
        List<String> documentIds = readLines(folder.resolve(NTREX_DOCUMENTS));
        if (lines.size() != documentIds.size()) {
            throw new SverkaException("NTREX file " + side + " has " + lines.size() + " lines but "
                    + NTREX_DOCUMENTS + " has " + documentIds.size() + "; the corpus copy is damaged.");
        }
        Map<String, List<String>> documents = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            documents.computeIfAbsent(documentIds.get(i), id -> new java.util.ArrayList<>()).add(lines.get(i).strip());
        }
        List<List<String>> gold = List.copyOf(documents.values());
        for (Map.Entry<String, SegmentationRules> variant : variants().entrySet()) {
            SentenceSegmenter segmenter = SentenceSegmenter.forLanguage(language, variant.getValue());
            BoundaryScore score = score(segmenter, gold, variant.getKey().equals("default") ? errors : 0);
            System.out.printf("NTREX %s documents (line ends), %-22s %s%n", language, variant.getKey(), score);
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot read NTREX file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The shared read-only folder: -Dsverka.shared, then $SVERKA_SHARED, then ../shared, then ../../shared. */
    public static Optional<Path> sharedFolder() {
        return org.sverka.corpus.SharedFolder.locate();
    }
}
