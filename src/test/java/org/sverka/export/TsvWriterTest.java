package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.model.AlignedPair;

class TsvWriterTest {

    private static String tsv(List<AlignedPair> pairs, ExportOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TsvWriter writer = new TsvWriter(bytes, options)) {
            writer.writeAll(pairs);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesAHeaderAndOneLinePerPair() {
        String tsv = tsv(List.of(
                Pairs.oneToOne(1, "The train stopped.", "Поезд остановился.", 0.934),
                Pairs.confirmed(2, "It was snowing.", "Шёл снег.", 0.5)), ExportOptions.defaults());

        assertThat(tsv).isEqualTo("""
                number\ttype\tconfidence\tstatus\tsource\ttarget
                1\t1-1\t0.93\tautomatic\tThe train stopped.\tПоезд остановился.
                2\t1-1\t0.50\tconfirmed\tIt was snowing.\tШёл снег.
                """);
    }

    @Test
    void escapesTabsLineBreaksAndBackslashesSoEachPairStaysOnOneLine() {
        String tsv = tsv(List.of(Pairs.twoToOne(7, "Name:\tAnna\nAge: 28", "C:\\books\r\nКнига", 0.8)),
                ExportOptions.defaults());

        assertThat(tsv.lines()).hasSize(2);
        assertThat(tsv.lines().skip(1).findFirst().orElseThrow().split("\t", -1))
                .containsExactly("7", "2-1", "0.80", "automatic", "Name:\\tAnna\\nAge: 28", "C:\\\\books\\r\\nКнига");
    }

    @Test
    void leavesTextWithoutSpecialCharactersAsItIs() {
        String text = "«Где мы?» — спросила она & ушла <домой>.";

        assertThat(TsvWriter.escape(text)).isSameAs(text);
        assertThat(TsvWriter.escape("")).isEmpty();
    }

    @Test
    void writesEmptyTextForTheMissingSideOfUnpairedPairsWhenAsked() {
        List<AlignedPair> pairs = List.of(Pairs.sourceOnly(1, "A dog barked."), Pairs.targetOnly(2, "Залаяла собака."));

        assertThat(tsv(pairs, ExportOptions.defaults())).isEqualTo(TsvWriter.HEADER + "\n");
        assertThat(tsv(pairs, ExportOptions.defaults().withUnpaired(true)).lines().skip(1))
                .containsExactly("1\t1-0\t0.20\tautomatic\tA dog barked.\t",
                        "2\t0-1\t0.20\tautomatic\t\tЗалаяла собака.");
    }

    @Test
    void appliesTheSelection() {
        List<AlignedPair> pairs = List.of(Pairs.oneToOne(1, "One.", "Один.", 0.9),
                Pairs.oneToOne(2, "Two.", "Два.", 0.3), Pairs.confirmed(3, "Three.", "Три.", 0.1));

        assertThat(tsv(pairs, ExportOptions.confirmedOnly()).lines().skip(1)).extracting(line -> line.split("\t")[0])
                .containsExactly("3");
        assertThat(tsv(pairs, ExportOptions.minConfidence(0.5)).lines().skip(1)).extracting(line -> line.split("\t")[0])
                .containsExactly("1", "3");
    }

    @Test
    void countsOnlyThePairsItWrote() {
        try (TsvWriter writer = new TsvWriter(new ByteArrayOutputStream(), ExportOptions.confirmedOnly())) {
            writer.write(Pairs.oneToOne(1, "One.", "Один.", 0.9));
            writer.write(Pairs.confirmed(2, "Two.", "Два.", 0.9));

            assertThat(writer.count()).isEqualTo(1);
        }
    }

    @Test
    void refusesToWriteAfterClose() {
        TsvWriter writer = new TsvWriter(new ByteArrayOutputStream(), ExportOptions.defaults());
        writer.close();

        assertThatThrownBy(() -> writer.write(Pairs.oneToOne(1, "One.", "Один.", 0.9)))
                .isInstanceOf(IllegalStateException.class);
    }
}
