package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.AlignedPair;

class TmxWriterTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final TmxHeader HEADER = TmxHeader.sverka(EN, RU, "0.1.0",
            Instant.parse("2026-11-29T10:15:30.123Z"), "The Snowstorm");

    private static final List<AlignedPair> STORY = List.of(
            Pairs.oneToOne(1, "The train stopped at a small station.", "Поезд остановился на маленькой станции.", 0.93),
            Pairs.twoToOne(2, "It was snowing. Nobody got off.", "Шёл снег, и никто не вышел.", 0.71),
            Pairs.confirmed(3, "\"Where are we?\" she asked.", "«Где мы?» — спросила она.", 0.55));

    @TempDir
    Path dir;

    private Path export(List<AlignedPair> pairs, ExportOptions options) {
        return export(pairs, HEADER, options);
    }

    private Path export(List<AlignedPair> pairs, TmxHeader header, ExportOptions options) {
        Path file = dir.resolve("out.tmx");
        try (TmxWriter writer = new TmxWriter(file, header, options)) {
            writer.writeAll(pairs);
        }
        return file;
    }

    private static String text(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void writesTheHeaderTheTaskAndTheDtdRequire() throws IOException {
        String tmx = text(export(STORY, ExportOptions.defaults()));

        assertThat(tmx).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n");
        assertThat(tmx).contains("<tmx version=\"1.4\">")
                .contains("<header creationtool=\"sverka\" creationtoolversion=\"0.1.0\" segtype=\"sentence\" "
                        + "o-tmf=\"sverka\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\" "
                        + "creationdate=\"20261129T101530Z\">")
                .contains("<prop type=\"x-text-name\">The Snowstorm</prop>");
    }

    @Test
    void writesPropsBeforeTheVariantsOfEachUnit() throws IOException {
        String tmx = text(export(STORY.subList(1, 2), ExportOptions.defaults()));

        assertThat(tmx).contains("""
                    <tu tuid="2">
                      <prop type="x-confidence">0.71</prop>
                      <prop type="x-pair-type">2-1</prop>
                      <prop type="x-status">automatic</prop>
                      <prop type="x-pair-number">2</prop>
                      <tuv xml:lang="en"><seg>It was snowing. Nobody got off.</seg></tuv>
                      <tuv xml:lang="ru"><seg>Шёл снег, и никто не вышел.</seg></tuv>
                    </tu>
                """);
    }

    @Test
    void marksConfirmedPairs() throws IOException {
        String tmx = text(export(STORY.subList(2, 3), ExportOptions.defaults()));

        assertThat(tmx).contains("<prop type=\"x-status\">confirmed</prop>");
    }

    @Test
    void cyrillicExportIsValidAgainstTheDtd() {
        Path file = export(STORY, ExportOptions.defaults());

        assertThat(TmxValidation.assertValidAgainstDtd(file)).isEqualTo(3);
    }

    @Test
    void xmllintAcceptsTheExport() {
        TmxValidation.assertValidWithXmllint(export(STORY, ExportOptions.defaults()));
    }

    @Test
    void okapiReadsSourceTargetAndConfidence() {
        List<OkapiTmx.Unit> units = OkapiTmx.read(export(STORY, ExportOptions.defaults()), "ru");

        assertThat(units).extracting(OkapiTmx.Unit::source, OkapiTmx.Unit::target, OkapiTmx.Unit::confidence)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("The train stopped at a small station.",
                                "Поезд остановился на маленькой станции.", "0.93"),
                        org.assertj.core.groups.Tuple.tuple("It was snowing. Nobody got off.",
                                "Шёл снег, и никто не вышел.", "0.71"),
                        org.assertj.core.groups.Tuple.tuple("\"Where are we?\" she asked.",
                                "«Где мы?» — спросила она.", "0.55"));
    }

    @Test
    void escapesXmlSpecialCharactersSoTheyReadBackUnchanged() {
        String source = "if a < b && c > d then \"x\" ]]> 'y' <seg>";
        String target = "если a < b && c > d, то «x» ]]> 'y' </tuv>";
        Path file = export(List.of(Pairs.oneToOne(1, source, target, 0.9)), ExportOptions.defaults());

        TmxValidation.assertValidAgainstDtd(file);
        assertThat(OkapiTmx.read(file, "ru")).singleElement()
                .satisfies(unit -> {
                    assertThat(unit.source()).isEqualTo(source);
                    assertThat(unit.target()).isEqualTo(target);
                });
    }

    @Test
    void dropsCharactersXmlForbidsAndKeepsTheRest() {
        String source = "Bell\u0007 and\u0000 form\u000Cfeed \uD800lone \uFFFE end\ttab 😀";
        Path file = export(List.of(Pairs.oneToOne(1, source, "Звонок\u0001 😀", 0.9)), ExportOptions.defaults());

        TmxValidation.assertValidAgainstDtd(file);
        TmxValidation.assertValidWithXmllint(file);
        assertThat(OkapiTmx.read(file, "ru")).singleElement()
                .satisfies(unit -> {
                    assertThat(unit.source()).isEqualTo("Bell and formfeed lone  end\ttab 😀");
                    assertThat(unit.target()).isEqualTo("Звонок 😀");
                });
    }

    @Test
    void leavesUnpairedSentencesOutByDefault() {
        List<AlignedPair> pairs = List.of(STORY.get(0), Pairs.sourceOnly(2, "A dog barked."),
                Pairs.targetOnly(3, "Залаяла собака."));
        Path file = dir.resolve("default.tmx");
        try (TmxWriter writer = new TmxWriter(file, HEADER, ExportOptions.defaults())) {
            writer.writeAll(pairs);
            assertThat(writer.count()).isEqualTo(1);
        }

        assertThat(TmxValidation.assertValidAgainstDtd(file)).isEqualTo(1);
    }

    @Test
    void writesUnpairedSentencesWithAnEmptySourceOrNoTargetWhenAsked() throws IOException {
        List<AlignedPair> pairs = List.of(STORY.get(0), Pairs.sourceOnly(2, "A dog barked."),
                Pairs.targetOnly(3, "Залаяла собака."));
        Path file = export(pairs, ExportOptions.defaults().withUnpaired(true));

        assertThat(TmxValidation.assertValidAgainstDtd(file)).isEqualTo(3);
        TmxValidation.assertValidWithXmllint(file);
        String tmx = text(file);
        assertThat(tmx).contains("<prop type=\"x-pair-type\">1-0</prop>")
                .contains("<prop type=\"x-pair-type\">0-1</prop>")
                .containsOnlyOnce("<seg></seg>")
                .doesNotContain("<tuv xml:lang=\"ru\"><seg></seg>");
        assertThat(OkapiTmx.read(file, "ru")).extracting(OkapiTmx.Unit::source, OkapiTmx.Unit::target)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("The train stopped at a small station.",
                                "Поезд остановился на маленькой станции."),
                        org.assertj.core.groups.Tuple.tuple("A dog barked.", null),
                        org.assertj.core.groups.Tuple.tuple("", "Залаяла собака."));
    }

    @Test
    void writesOnlyConfirmedPairsWhenAsked() {
        Path file = export(STORY, ExportOptions.confirmedOnly());

        assertThat(OkapiTmx.read(file, "ru")).extracting(OkapiTmx.Unit::source)
                .containsExactly("\"Where are we?\" she asked.");
    }

    @Test
    void writesPairsAboveTheThresholdAndConfirmedOnesWhenAsked() {
        Path file = export(STORY, ExportOptions.minConfidence(0.8));

        assertThat(OkapiTmx.read(file, "ru")).extracting(OkapiTmx.Unit::source)
                .containsExactly("The train stopped at a small station.", "\"Where are we?\" she asked.");
    }

    @Test
    void anExportWithNoPairsIsStillAValidDocument() {
        Path file = export(List.of(), ExportOptions.defaults());

        assertThat(TmxValidation.assertValidAgainstDtd(file)).isZero();
        assertThat(OkapiTmx.read(file, "ru")).isEmpty();
    }

    @Test
    void usesTheLanguageTagsOfTheLocales() throws IOException {
        TmxHeader header = TmxHeader.sverka(Locale.GERMAN, Locale.FRENCH, "0.1.0", Instant.EPOCH, "");
        Path file = export(List.of(Pairs.oneToOne(1, "Der Gipfel ist erreicht.", "Le sommet est atteint.", 0.8)),
                header, ExportOptions.defaults());

        String tmx = text(file);
        assertThat(tmx).contains("srclang=\"de\"").contains("<tuv xml:lang=\"de\">")
                .contains("<tuv xml:lang=\"fr\">").contains("creationdate=\"19700101T000000Z\"")
                .doesNotContain("x-text-name");
        assertThat(OkapiTmx.read(file, "fr")).extracting(OkapiTmx.Unit::target)
                .containsExactly("Le sommet est atteint.");
    }

    @Test
    void writesConfidenceWithAPointWhateverTheDefaultLocale() throws IOException {
        Locale before = Locale.getDefault();
        Locale.setDefault(RU);
        try {
            String tmx = text(export(STORY.subList(0, 1), ExportOptions.defaults()));
            assertThat(tmx).contains("<prop type=\"x-confidence\">0.93</prop>");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void exportsTwoHundredThousandPairsAsOneValidFile() {
        Path file = dir.resolve("big.tmx");
        int total = 200_000;
        try (TmxWriter writer = new TmxWriter(file, HEADER, ExportOptions.defaults())) {
            for (int i = 1; i <= total; i++) {
                writer.write(Pairs.oneToOne(i, "Sentence number " + i + " of a long book.",
                        "Предложение номер " + i + " длинной книги.", (i % 100) / 100.0));
            }
            assertThat(writer.count()).isEqualTo(total);
        }

        assertThat(TmxValidation.assertValidAgainstDtd(file)).isEqualTo(total);
    }

    @Test
    void closingTwiceIsHarmlessAndWritingAfterCloseFails() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        TmxWriter writer = new TmxWriter(bytes, HEADER, ExportOptions.defaults());
        writer.write(STORY.get(0));
        writer.close();
        int size = bytes.size();
        writer.close();

        assertThat(bytes.size()).isEqualTo(size);
        assertThatThrownBy(() -> writer.write(STORY.get(1))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reportsAFailingOutputAsAnExportError() {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        TmxWriter writer = new TmxWriter(broken, HEADER, ExportOptions.defaults());
        writer.write(STORY.get(0));

        assertThatThrownBy(writer::close).isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot write TMX to the TMX output")
                .hasMessageContaining("No space left on device")
                .hasMessageContaining("check free disk space");
    }

    @Test
    void reportsAFolderThatDoesNotExist() {
        Path file = dir.resolve("missing").resolve("out.tmx");

        assertThatThrownBy(() -> new TmxWriter(file, HEADER, ExportOptions.defaults()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot create TMX file " + file)
                .hasMessageContaining("check that the folder exists");
    }

    @Test
    void theValidatorsRejectAUnitWithoutVariants() throws IOException {
        Path file = dir.resolve("invalid.tmx");
        String valid = text(export(STORY.subList(0, 1), ExportOptions.defaults()));
        Files.writeString(file, valid.replaceAll("(?s)<tuv.*</tuv>", ""), StandardCharsets.UTF_8);
        SharedMaterial.tmxDtd();
        org.junit.jupiter.api.Assumptions.assumeTrue(TmxValidation.xmllintAvailable(), "xmllint not on PATH");

        assertThatThrownBy(() -> TmxValidation.assertValidAgainstDtd(file)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("tu");
        assertThatThrownBy(() -> TmxValidation.assertValidWithXmllint(file)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("xmllint exit code");
    }

    @Test
    void omegatReusesTheExportAsATranslationMemory() throws IOException {
        List<AlignedPair> pairs = List.of(STORY.get(0),
                Pairs.confirmed(2, "Nobody got off.", "Никто\u0007 не вышел.", 0.4),
                Pairs.sourceOnly(3, "A dog barked."), Pairs.targetOnly(4, "Залаяла собака."),
                Pairs.oneToOne(5, "If a < b & c > d, say \"yes\".", "Если a < b & c > d, скажите «да».", 0.8));
        Path file = export(pairs, ExportOptions.defaults().withUnpaired(true));

        OmegaTProject.Result result = OmegaTProject.translate(dir, file, "The train stopped at a small station. "
                + "Nobody got off.\n\nA dog barked.\n\nIf a < b & c > d, say \"yes\".\n");

        assertThat(result.log()).contains("Reading of TMX file complete").doesNotContain("TF_TM_LOAD_ERROR");
        assertThat(result.target()).isEqualTo("Поезд остановился на маленькой станции. Никто не вышел.\n\n"
                + "A dog barked.\n\nЕсли a < b & c > d, скажите «да».\n");
    }
}
