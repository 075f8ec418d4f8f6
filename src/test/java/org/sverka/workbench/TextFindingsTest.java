package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.Progress;
import org.sverka.store.Store;

class TextFindingsTest {
    @TempDir
    Path dir;
    private Store store;
    private TextFindings findings;

    @BeforeEach
    void checkTheChangedSample() throws Exception {
        store = Store.open(dir.resolve("db").resolve("sverka"));
        Workbench workbench = new Workbench(store);
        PaluTexts.importWrongNumber(workbench, "palu", dir);
        new TextChecks(workbench).check("palu", new CheckRequest().withOnly(List.of("NUMBERS")), Progress.NONE);
        findings = new TextFindings(workbench);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void theCsvHasOneRowPerFindingWithBothTextsAndABom() throws Exception {
        FileOutcome outcome = findings.exportCsv("palu", Optional.of(dir.resolve("out").resolve("palu.csv")), false);

        assertThat(outcome.findings()).isEqualTo(1);
        List<String> lines = Files.readAllLines(outcome.file(), StandardCharsets.UTF_8);
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("\uFEFFpair,check,severity,source,target,message");
        assertThat(lines.get(1)).startsWith("2,NUMBERS,ERROR,\"At least 384 people have been killed")
                .contains("по меньшей мере 348 человек", "Numbers differ");
    }

    @Test
    void dismissedFindingsAreLeftOutOfTheCsvUnlessAskedFor() {
        findings.dismiss("palu", 1);

        assertThat(findings.exportCsv("palu", Optional.of(dir.resolve("open.csv")), false).findings()).isZero();
        assertThat(findings.exportCsv("palu", Optional.of(dir.resolve("all.csv")), true).findings()).isEqualTo(1);
    }

    @Test
    void theReportMarksTheSpansOfTheFindingOnBothSides() throws Exception {
        FileOutcome outcome = findings.report("palu", Optional.of(dir.resolve("palu.html")), false);

        String html = Files.readString(outcome.file(), StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>")
                .contains("At least <mark style=\"background:#f8b4b4\">384</mark> people",
                        "по меньшей мере <mark style=\"background:#f8b4b4\">348</mark> человек")
                .doesNotContain("<script", "<link", "src=\"http");
    }

    @Test
    void aFolderAsOutputGetsTheDefaultFileName() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("reports"));

        FileOutcome outcome = findings.report("palu", Optional.of(folder), false);

        assertThat(outcome.file()).isEqualTo(folder.resolve("palu.findings.html").toAbsolutePath());
        assertThat(folder).isDirectoryContaining(p -> p.getFileName().toString().equals("palu.findings.html"))
                .isDirectoryNotContaining(p -> p.getFileName().toString().endsWith(".part"));
    }
}
