package org.sverka.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.export.ExportOptions;
import org.sverka.export.SharedMaterial;
import org.sverka.export.TmxHeader;
import org.sverka.export.TmxValidation;
import org.sverka.export.TmxWriter;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;

class TmxRoundTripTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private Path write(List<AlignedPair> pairs, Locale source, Locale target, ExportOptions options) {
        Path file = dir.resolve("round.tmx");
        try (TmxWriter writer = new TmxWriter(file, TmxHeader.sverka(source, target, "0.1.0", Instant.EPOCH, "test"),
                options)) {
            writer.writeAll(pairs);
        }
        return file;
    }

    private static AlignedPair pair(int number, String source, String target, double confidence) {
        return new AlignedPair(number, source, target, Bead.automatic(number - 1, 1, number - 1, 1, confidence));
    }

    @Test
    void readsBackTheTextsAndPropsSverkaWrote() {
        List<AlignedPair> pairs = List.of(
                pair(1, "The train stopped at a small station.", "Поезд остановился на маленькой станции.", 0.93),
                pair(2, "if a < b && c > d then \"x\" ]]> 'y'", "если a < b && c > d, то «x» ]]> 'y'", 0.5),
                pair(3, "  Spaces\tand\ttabs  ", "  Пробелы\tи\tтабуляции  ", 0.25),
                new AlignedPair(4, "Emoji 😀 and ё", "Эмодзи 😀 и ё", new Bead(3, 2, 3, 1, 1.0, Bead.Status.CONFIRMED)));

        TmxDocument document = new TmxReader().read(write(pairs, EN, RU, ExportOptions.defaults()), EN, RU);

        assertThat(document.warnings()).isEmpty();
        assertThat(document.units()).extracting(TmxUnit::sourceText)
                .containsExactly(pairs.stream().map(AlignedPair::sourceText).toArray(String[]::new));
        assertThat(document.units()).extracting(TmxUnit::targetText)
                .containsExactly(pairs.stream().map(AlignedPair::targetText).toArray(String[]::new));
        assertThat(document.units().get(3).props()).containsExactly(
                java.util.Map.entry("x-confidence", "1.00"), java.util.Map.entry("x-pair-type", "2-1"),
                java.util.Map.entry("x-status", "confirmed"), java.util.Map.entry("x-pair-number", "4"));
    }

    @Test
    void unpairedSentencesWrittenOnRequestAreSkippedOnReadingWithAWarning() {
        List<AlignedPair> pairs = List.of(pair(1, "Yes.", "Да.", 0.9),
                new AlignedPair(2, "A dog barked.", "", Bead.automatic(1, 1, 1, 0, 0.2)),
                new AlignedPair(3, "", "Залаяла собака.", Bead.automatic(2, 0, 1, 1, 0.2)));

        TmxDocument document = new TmxReader().read(
                write(pairs, EN, RU, ExportOptions.defaults().withUnpaired(true)), EN, RU);

        assertThat(document.units()).extracting(TmxUnit::sourceText).containsExactly("Yes.");
        assertThat(document.warnings()).hasSize(2)
                .anySatisfy(w -> assertThat(w).startsWith("units without a en variant skipped: 1"))
                .anySatisfy(w -> assertThat(w).startsWith("units without a ru variant skipped: 1"));
    }

    @Test
    void roundTripsAnotherLanguagePair() {
        Locale de = Locale.GERMAN;
        Locale fr = Locale.FRENCH;
        List<AlignedPair> pairs = List.of(pair(1, "Der Gipfel ist erreicht.", "Le sommet est atteint.", 0.8));

        TmxDocument document = new TmxReader().read(write(pairs, de, fr, ExportOptions.defaults()), de, fr);

        assertThat(document.units()).extracting(TmxUnit::targetText).containsExactly("Le sommet est atteint.");
    }

    @Test
    void roundTripsTheNewsCorpusLineByLine() throws IOException {
        Optional<Path> corpus = SharedMaterial.directory().map(d -> d.resolve("corpora").resolve("ntrex-en-ru"))
                .filter(Files::isDirectory);
        assumeTrue(corpus.isPresent(), "shared corpora/ntrex-en-ru not found; skipping");
        List<String> english = Files.readAllLines(corpus.get().resolve("newstest2019-src.eng.txt"), StandardCharsets.UTF_8);
        List<String> russian = Files.readAllLines(corpus.get().resolve("newstest2019-ref.rus.txt"), StandardCharsets.UTF_8);
        List<AlignedPair> pairs = new ArrayList<>();
        for (int i = 0; i < english.size(); i++) {
            pairs.add(pair(i + 1, english.get(i), russian.get(i), 0.9));
        }

        Path file = write(pairs, EN, RU, ExportOptions.defaults());
        TmxDocument document = new TmxReader().read(file, EN, RU);

        assertThat(TmxValidation.assertValidAgainstDtd(file)).isEqualTo(english.size());
        assertThat(document.warnings()).isEmpty();
        assertThat(document.units()).extracting(TmxUnit::sourceText).containsExactlyElementsOf(english);
        assertThat(document.units()).extracting(TmxUnit::targetText).containsExactlyElementsOf(russian);
    }
}
