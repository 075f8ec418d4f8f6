package org.sverka.shell;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input through the real launcher jar: each case gives one clear line, a non-zero exit code, no stack
 * trace, and leaves the stored texts exactly as they were.
 */
class BadInputIT {
    private static final String ENGLISH = "Trade between Russia and Belarus grew by 34.4 percent last year.\n\n"
            + "The presidents discussed the Union State programmes in Moscow.\n";
    private static final String RUSSIAN = "Товарооборот между Россией и Белоруссией вырос в прошлом году на 34,4 процента.\n\n"
            + "Президенты обсудили программы Союзного государства в Москве.\n";

    @TempDir
    static Path dir;
    private static SverkaProcess sverka;
    private static Path en;
    private static Path ru;
    private static List<TextInfo> storedBefore;

    @BeforeAll
    static void importOneGoodText() throws Exception {
        sverka = new SverkaProcess(dir.resolve("db/sverka"), dir);
        en = Files.writeString(dir.resolve("talks.en.txt"), ENGLISH);
        ru = Files.writeString(dir.resolve("talks.ru.txt"), RUSSIAN);
        assertThat(sverka.run("import", "--source", en.toString(), "--target", ru.toString()).exitCode()).isZero();
        storedBefore = storedTexts();
        assertThat(storedBefore).extracting(TextInfo::name).containsExactly("talks");
    }

    /** Reads the database directly (the sverka processes have exited), so a check costs no extra process. */
    private static List<TextInfo> storedTexts() {
        try (Store store = Store.open(dir.resolve("db/sverka"))) {
            return store.texts().list();
        }
    }

    private void assertOneClearError(SverkaProcess.Result result, String... expected) {
        assertThat(result.exitCode()).as(result.output()).isNotZero();
        assertThat(result.output()).contains(expected).doesNotContain("Exception", "\tat ");
        assertThat(result.output().strip().lines().count()).as(result.output()).isLessThanOrEqualTo(2);
        assertThat(storedTexts()).isEqualTo(storedBefore);
    }

    @Test
    void aMissingFileIsNamed() throws Exception {
        assertOneClearError(sverka.run("import", "--source", dir.resolve("nope.en.html").toString(), "--target", ru.toString(), "--name", "x"),
                "nope.en.html");
    }

    @Test
    void aDirectoryIsRefused() throws Exception {
        assertOneClearError(sverka.run("import", "--source", dir.toString(), "--target", ru.toString(), "--name", "x"), "folder");
    }

    @Test
    void anEmptyFileIsRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.en.txt"));
        assertOneClearError(sverka.run("import", "--source", empty.toString(), "--target", ru.toString(), "--name", "x"), "empty");
    }

    @Test
    void binaryJunkIsRefused() throws Exception {
        byte[] junk = new byte[20_000];
        new Random(7).nextBytes(junk);
        Path bin = Files.write(dir.resolve("junk.en.bin"), junk);
        assertOneClearError(sverka.run("import", "--source", bin.toString(), "--target", ru.toString(), "--name", "x"), "junk.en.bin");
    }

    @Test
    void aRussianFileGivenAsEnglishIsRefused() throws Exception {
        Path other = Files.writeString(dir.resolve("other.ru.txt"), RUSSIAN.replace("34,4", "35,1"));
        assertOneClearError(sverka.run("import", "--source", other.toString(), "--target", ru.toString(), "--name", "x"), "English");
    }

    @Test
    void theSameFileOnBothSidesIsRefused() throws Exception {
        Path copy = Files.writeString(dir.resolve("copy.ru.txt"), RUSSIAN, StandardCharsets.UTF_8);
        assertOneClearError(sverka.run("import", "--source", copy.toString(), "--target", copy.toString(), "--source-lang", "ru", "--name", "x"),
                "same file");
    }

    @Test
    void anUnknownTextIsNamedWithTheKnownOnes() throws Exception {
        assertOneClearError(sverka.run("show", "--text", "nosuch"), "No text named 'nosuch'", "talks");
    }

    @Test
    void anUnknownLanguageListsValidCodes() throws Exception {
        assertOneClearError(sverka.run("import", "--source", en.toString(), "--target", ru.toString(), "--target-lang", "russian", "--name", "x"),
                "Unknown language 'russian'");
    }

    @Test
    void importingTheSamePairTwiceIsNoticedNotDuplicated() throws Exception {
        SverkaProcess.Result again = sverka.run("import", "--source", en.toString(), "--target", ru.toString(), "--name", "again");
        assertThat(again.exitCode()).isZero();
        assertThat(again.output()).contains("imported before as text 'talks'");
        assertThat(storedTexts()).isEqualTo(storedBefore);
    }

    private void assertOneErrorLine(SverkaProcess.Result result, String... expected) {
        assertThat(result.exitCode()).as(result.output()).isEqualTo(1);
        assertThat(result.output().strip()).as(result.output()).startsWith("Error: ").contains(expected)
                .doesNotContain("\u001b", "could not start").hasLineCount(1);
        assertThat(storedTexts()).isEqualTo(storedBefore);
    }

    @Test
    void anUnknownCommandIsOneErrorLine() throws Exception {
        assertOneErrorLine(sverka.run("frobnicate", "talks"), "Unknown command 'frobnicate'", "help");
    }

    @Test
    void anUnknownOptionIsOneErrorLine() throws Exception {
        assertOneErrorLine(sverka.run("show", "talks", "--frob", "3"), "Unrecognised option '--frob'");
    }

    @Test
    void aMissingMandatoryOptionIsOneErrorLine() throws Exception {
        assertOneErrorLine(sverka.run("import", "--source", en.toString()), "'--target'");
    }

    @Test
    void aNumberTooLargeForItsOptionIsOneErrorLine() throws Exception {
        assertOneErrorLine(sverka.run("show", "talks", "--count", "99999999999"), "'99999999999'", "whole number");
    }

    @Test
    void moveWithoutItsDirectionIsOneErrorLineNamingTheChoices() throws Exception {
        assertOneErrorLine(sverka.run("move", "talks", "1", "--side", "source"), "--to next or --to previous");
    }

    @Test
    void aScriptWithAMisspeltOptionStopsThereAndSaysWhichLine() throws Exception {
        Path script = Files.writeString(dir.resolve("typo.sverka"), "list\nshow talks --frm 2\ndelete talks\n");
        SverkaProcess.Result run = sverka.run("script", script.toString());
        assertThat(run.exitCode()).as(run.output()).isEqualTo(1);
        assertThat(run.output()).contains("Error: Unrecognised option '--frm'", "stopped at line 2: show talks --frm 2")
                .doesNotContain("\u001b", "could not start", "Deleted");
        assertThat(storedTexts()).isEqualTo(storedBefore);
    }

    @Test
    void aScriptRunFromTheInteractiveShellAlsoStopsAtItsFailingLine() throws Exception {
        Path script = Files.writeString(dir.resolve("typo-interactive.sverka"), "list\nshow talks --frm 2\ndelete talks\n");
        SverkaProcess.Result run = sverka.runTyping("script " + script + "\nquit\n");
        assertThat(run.output()).contains("Error: Unrecognised option '--frm'", "stopped at line 2: show talks --frm 2")
                .doesNotContain("Deleted");
        assertThat(storedTexts()).isEqualTo(storedBefore);
    }
}
