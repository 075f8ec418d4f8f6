package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;
import org.sverka.export.ExportOptions;
import org.sverka.review.Side;
import org.sverka.store.Store;
import org.sverka.tmx.TmxReader;
import org.sverka.tmx.TmxUnit;

/** Exports follow the review: filters by status and confidence, and the status in each TMX unit. */
class TextExporterTest {
    private static final String NAME = QuakeStory.NAME;

    @TempDir
    Path dir;
    private Store store;
    private Workbench workbench;

    @BeforeEach
    void importAndReview() throws Exception {
        store = Store.open(dir.resolve("db"));
        workbench = new Workbench(store);
        QuakeStory.importWithOneMistake(workbench, dir);
        Corrections corrections = new Corrections(workbench);
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.confirm(NAME, 1, 3);
        corrections.editSentence(NAME, Side.SOURCE, 0, "Earthquakes and tsunamis in Indonesia, 2018");
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<TmxUnit> tmx(ExportOptions options) {
        Path file = workbench.export(NAME, ExportFormat.TMX, dir.resolve("out.tmx"), options).files().get(0);
        return new TmxReader().read(file, Locale.ENGLISH, QuakeStory.RUSSIAN).units();
    }

    @Test
    void confirmedOnlyWritesThePairsTheReviewerConfirmed() {
        List<TmxUnit> units = tmx(ExportOptions.confirmedOnly());

        assertThat(units).hasSize(4).allSatisfy(unit -> assertThat(unit.props()).containsEntry("x-status", "confirmed"));
        assertThat(units.get(0).sourceText()).isEqualTo("Earthquakes and tsunamis in Indonesia, 2018");
    }

    @Test
    void aConfidenceThresholdKeepsConfirmedPairsAndDropsDoubtfulOnes() {
        List<TmxUnit> all = tmx(ExportOptions.defaults());
        List<TmxUnit> sure = tmx(ExportOptions.minConfidence(0.95));

        assertThat(all).hasSize(26);
        assertThat(sure).hasSize(25);
        assertThat(all).filteredOn(unit -> unit.props().get("x-status").equals("automatic")).hasSize(22);
    }

    @Test
    void parallelTextHasOneSegmentALineOnEachSide() throws Exception {
        List<Path> files = workbench.export(NAME, ExportFormat.TXT, dir.resolve("quakes"), ExportOptions.confirmedOnly()).files();

        List<String> english = Files.readAllLines(files.get(0), StandardCharsets.UTF_8);
        List<String> russian = Files.readAllLines(files.get(1), StandardCharsets.UTF_8);
        assertThat(files.get(0).getFileName().toString()).endsWith(".en");
        assertThat(english).hasSize(4).first().isEqualTo("Earthquakes and tsunamis in Indonesia, 2018");
        assertThat(russian).hasSize(4).first().isEqualTo("Землетрясения и цунами в Индонезии");
    }

    @Test
    void aSpreadsheetHasOneRowPerPairWithTheReviewersCorrections() throws Exception {
        Path file = workbench.export(NAME, ExportFormat.XLSX, dir, ExportOptions.defaults()).files().get(0);

        assertThat(file.getFileName().toString()).isEqualTo(NAME + ".xlsx");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(26);
            assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("confirmed");
            assertThat(sheet.getRow(1).getCell(4).getStringCellValue()).isEqualTo("Earthquakes and tsunamis in Indonesia, 2018");
            assertThat(sheet.getRow(1).getCell(5).getStringCellValue()).isEqualTo("Землетрясения и цунами в Индонезии");
        }
    }

    @Test
    void aWordTableHasOneRowPerPairBelowItsHeader() throws Exception {
        Path file = workbench.export(NAME, ExportFormat.DOCX, dir, ExportOptions.confirmedOnly()).files().get(0);

        assertThat(file.getFileName().toString()).isEqualTo(NAME + ".docx");
        try (var document = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(file))) {
            var rows = document.getTables().get(0).getRows();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(1).getCell(1).getText()).isEqualTo("Earthquakes and tsunamis in Indonesia, 2018");
            assertThat(rows.get(1).getCell(3).getText()).endsWith("confirmed");
        }
    }

    @Test
    void anOutputInsideAFileSaysThatTheFolderIsAFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "x");

        assertThatThrownBy(() -> workbench.export(NAME, ExportFormat.DOCX, file.resolve("out.docx"), ExportOptions.defaults()))
                .isInstanceOf(SverkaException.class)
                .hasMessage("Cannot create the folder " + file + " for the export: a file of that name is in the way."
                        + " Choose another output file, then export again.");
    }

    @Test
    void aFailedExportNamesTheOutputAndTheReasonAndLeavesNoFileBehind() throws Exception {
        Path output = dir.resolve("quakes");
        Files.createDirectories(dir.resolve("quakes.en").resolve("inside"));

        assertThatThrownBy(() -> workbench.export(NAME, ExportFormat.TXT, output, ExportOptions.defaults()))
                .isInstanceOf(SverkaException.class)
                .hasMessageStartingWith("Could not write " + dir.resolve("quakes.en") + ": ")
                .hasMessageEndingWith(". Choose another output file, then export again.")
                .hasMessageNotContaining(".part");
        try (var left = Files.list(dir)) {
            assertThat(left.map(path -> path.getFileName().toString())).doesNotContain(".quakes.en.part", ".quakes.ru.part", "quakes.ru");
        }
    }
}
