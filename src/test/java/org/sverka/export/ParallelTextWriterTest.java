package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.AlignedPair;

class ParallelTextWriterTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private void export(List<AlignedPair> pairs, ExportOptions options) {
        try (ParallelTextWriter writer = new ParallelTextWriter(dir.resolve("snowstorm"), EN, RU, options)) {
            writer.writeAll(pairs);
        }
    }

    private List<String> lines(String name) throws IOException {
        return Files.readAllLines(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void namesTheFilesAfterTheBaseAndTheLanguageTags() {
        assertThat(ParallelTextWriter.fileFor(Path.of("out", "karenina"), Locale.forLanguageTag("de-CH")))
                .isEqualTo(Path.of("out", "karenina.de-CH"));
    }

    @Test
    void writesLineNOfOneFileAsTheTranslationOfLineNOfTheOther() throws IOException {
        export(List.of(Pairs.oneToOne(1, "The train stopped.", "Поезд остановился.", 0.9),
                Pairs.twoToOne(2, "It was snowing. Nobody got off.", "Шёл снег, и никто не вышел.", 0.7)),
                ExportOptions.defaults());

        assertThat(lines("snowstorm.en")).containsExactly("The train stopped.", "It was snowing. Nobody got off.");
        assertThat(lines("snowstorm.ru")).containsExactly("Поезд остановился.", "Шёл снег, и никто не вышел.");
    }

    @Test
    void turnsLineBreaksInsideASegmentIntoSpaces() throws IOException {
        export(List.of(Pairs.oneToOne(1, "First line\r\nsecond\u2028third\nfourth", "Строка\rдругая", 0.9)),
                ExportOptions.defaults());

        assertThat(lines("snowstorm.en")).containsExactly("First line second third fourth");
        assertThat(lines("snowstorm.ru")).containsExactly("Строка другая");
    }

    @Test
    void keepsTheFilesInStepWithEmptyLinesForUnpairedSentences() throws IOException {
        List<AlignedPair> pairs = List.of(Pairs.sourceOnly(1, "A dog barked."),
                Pairs.oneToOne(2, "The train stopped.", "Поезд остановился.", 0.9), Pairs.targetOnly(3, "Залаяла собака."));

        export(pairs, ExportOptions.defaults().withUnpaired(true));

        assertThat(lines("snowstorm.en")).containsExactly("A dog barked.", "The train stopped.", "");
        assertThat(lines("snowstorm.ru")).containsExactly("", "Поезд остановился.", "Залаяла собака.");
    }

    @Test
    void leavesUnpairedSentencesOutByDefault() throws IOException {
        export(List.of(Pairs.sourceOnly(1, "A dog barked."), Pairs.oneToOne(2, "The train stopped.",
                "Поезд остановился.", 0.9)), ExportOptions.defaults());

        assertThat(lines("snowstorm.en")).containsExactly("The train stopped.");
        assertThat(lines("snowstorm.ru")).containsExactly("Поезд остановился.");
    }

    @Test
    void writesTwoEmptyFilesForNoPairs() throws IOException {
        export(List.of(), ExportOptions.defaults());

        assertThat(dir.resolve("snowstorm.en")).isEmptyFile();
        assertThat(dir.resolve("snowstorm.ru")).isEmptyFile();
    }

    @Test
    void reportsAFolderThatDoesNotExist() {
        Path base = dir.resolve("missing").resolve("snowstorm");

        assertThatThrownBy(() -> new ParallelTextWriter(base, EN, RU, ExportOptions.defaults()))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot create file " + base + ".en")
                .hasMessageContaining("check that the folder exists");
    }
}
