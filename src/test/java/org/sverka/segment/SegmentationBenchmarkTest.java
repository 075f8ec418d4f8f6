package org.sverka.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class SegmentationBenchmarkTest {

    private static final SentenceSegmenter ENGLISH = SentenceSegmenter.forLanguage(Locale.ENGLISH);

    @Test
    void countsAFoundGoldBoundaryAsTruePositive() {
        List<List<String>> gold = List.of(List.of("Mr. Smith came.", "He left."));
        assertThat(SegmentationBenchmark.score(ENGLISH, gold, 0)).isEqualTo(new BoundaryScore(1, 0, 0));
    }

    @Test
    void countsAnExtraAndAMissedBoundary() {
        List<List<String>> gold = List.of(List.of("Mr.", "Smith came. He left."));
        assertThat(SegmentationBenchmark.score(ENGLISH, gold, 0)).isEqualTo(new BoundaryScore(0, 1, 1));
    }

    @Test
    void groupsGoldSentencesIntoParagraphsByIdPrefix(@TempDir Path folder) throws IOException {
        Path jsonl = folder.resolve("gold.jsonl");
        Files.writeString(jsonl, """
                {"sources": {"ids": ["s1.0", "s1.1"], "text": ["One.", "Two."]}, "targets": {"ids": [""], "text": []}}
                {"sources": {"ids": ["s1.2"], "text": [" Three. "]}, "targets": {"ids": ["s1"], "text": ["Раз."]}}
                {"sources": {"ids": ["s2"], "text": ["Four."]}, "targets": {"ids": ["s2"], "text": ["Два."]}}
                """, StandardCharsets.UTF_8);
        assertThat(GoldSentenceCorpus.paragraphs(jsonl, "sources"))
                .containsExactly(List.of("One.", "Two.", "Three."), List.of("Four."));
        assertThat(GoldSentenceCorpus.paragraphs(jsonl, "targets")).containsExactly(List.of("Раз."), List.of("Два."));
    }

    @Test
    void rejectsABeadWithMoreIdsThanTexts(@TempDir Path folder) throws IOException {
        Path jsonl = folder.resolve("gold.jsonl");
        Files.writeString(jsonl, "{\"sources\": {\"ids\": [\"s1\", \"s2\"], \"text\": [\"One.\"]}}\n");
        assertThatThrownBy(() -> GoldSentenceCorpus.paragraphs(jsonl, "sources"))
                .isInstanceOf(SverkaException.class).hasMessageContaining("gold.jsonl:1");
    }

    @Test
    void splitsTheGoldEnglishNovelAlmostExactlyAndBetterThanIcuAlone() {
        List<List<String>> gold = GoldSentenceCorpus.paragraphs(annaKarenina(), "sources");
        BoundaryScore sverka = SegmentationBenchmark.score(ENGLISH, gold, 0);
        BoundaryScore icu = SegmentationBenchmark.score(
                SentenceSegmenter.forLanguage(Locale.ENGLISH, SegmentationRules.icuOnly()), gold, 0);
        assertThat(sverka.f1()).isGreaterThan(0.995).isGreaterThan(icu.f1());
    }

    @Test
    void splitsTheGoldRussianNovelAlmostExactlyAndBetterThanIcuAlone() {
        List<List<String>> gold = GoldSentenceCorpus.paragraphs(annaKarenina(), "targets");
        SentenceSegmenter russian = SentenceSegmenter.forLanguage(Locale.forLanguageTag("ru"));
        BoundaryScore sverka = SegmentationBenchmark.score(russian, gold, 0);
        BoundaryScore icu = SegmentationBenchmark.score(
                SentenceSegmenter.forLanguage(Locale.forLanguageTag("ru"), SegmentationRules.icuOnly()), gold, 0);
        assertThat(sverka.f1()).isGreaterThan(0.995).isGreaterThan(icu.f1());
    }

    @Test
    void runsTheWholeBenchmarkFromItsMainMethod() {
        Path shared = annaKarenina().getParent().getParent().getParent();
        PrintStream original = System.out;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
            SegmentationBenchmark.main(new String[] {shared.toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("Anna Karenina val, en: 1803 paragraphs, 4830 gold sentences")
                .contains("Anna Karenina val, ru: 1802 paragraphs, 4336 gold sentences")
                .contains("NTREX ru, default")
                .contains("NTREX ru documents (line ends), default");
    }

    private static Path annaKarenina() {
        Path shared = SegmentationBenchmark.sharedFolder().orElse(null);
        assumeTrue(shared != null, "shared corpora not found (set -Dsverka.shared): benchmark test skipped");
        Path jsonl = shared.resolve(SegmentationBenchmark.ANNA_KARENINA);
        assumeTrue(Files.isRegularFile(jsonl), "Anna Karenina gold absent: " + jsonl);
        return jsonl;
    }
}
