package org.sverka.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reviewer's session through the real launcher jar, one process per command: check a text whose Russian
 * side says 348 where the English says 384, list the findings, dismiss one, check again, export the CSV
 * and the HTML report.
 */
class CheckCommandsIT {
    private static final Path SAMPLE = Path.of("corpora", "ntrex-reuters.218865").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void checkListDismissAndExportAsSeparateRuns() throws Exception {
        SverkaProcess sverka = new SverkaProcess(dir.resolve("db/sverka"), dir);
        Path russian = Files.writeString(dir.resolve("palu.ru.txt"), Files.readString(
                SAMPLE.resolve("indonesia-earthquakes.ru.txt"), StandardCharsets.UTF_8).replace("384 человека", "348 человек"));
        Path script = Files.writeString(dir.resolve("prepare.sverka"), String.join("\n",
                "import --source \"" + SAMPLE.resolve("indonesia-earthquakes.en.txt") + "\" --target \"" + russian + "\" --name palu",
                "align palu") + "\n");
        SverkaProcess.Result prepared = sverka.run("script", script.toString());
        assertThat(prepared.exitCode()).as(prepared.output()).isZero();

        SverkaProcess.Result checked = sverka.run("check", "palu");
        assertThat(checked.exitCode()).as(checked.output()).isZero();
        assertThat(checked.output()).contains("Checked 'palu': 27 pairs, 12 checks.", "NUMBERS 1", "findings palu")
                .doesNotContain("\u001B[");

        SverkaProcess.Result listed = sverka.run("findings", "palu", "--check", "numbers");
        assertThat(listed.exitCode()).as(listed.output()).isZero();
        assertThat(listed.output()).contains("ERROR (1)", "pair 2", "NUMBERS", "At least [384] people", "по меньшей мере [348]");
        String number = listed.output().lines().filter(l -> l.contains("pair 2")).findFirst().orElseThrow().strip().split(" ")[0];

        SverkaProcess.Result dismissed = sverka.run("dismiss", "palu", "--finding", number);
        assertThat(dismissed.exitCode()).as(dismissed.output()).isZero();
        assertThat(dismissed.output()).contains("Dismissed finding " + number + " (pair 2, NUMBERS");

        SverkaProcess.Result again = sverka.run("check", "palu");
        assertThat(again.output()).doesNotContain("NUMBERS 1").contains("1 dismissed earlier and still hidden");

        Path csv = dir.resolve("out/palu.csv");
        SverkaProcess.Result exported = sverka.run("export-findings", "palu", "--all", "--output", csv.toString());
        assertThat(exported.exitCode()).as(exported.output()).isZero();
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertThat(rows.get(0)).isEqualTo("\uFEFFpair,check,severity,source,target,message");
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("2,NUMBERS,ERROR,").contains("348 человек"));

        SverkaProcess.Result report = sverka.run("report", "palu", "--all", "--output", dir.resolve("out/palu.html").toString());
        assertThat(report.exitCode()).as(report.output()).isZero();
        assertThat(Files.readString(dir.resolve("out/palu.html"))).contains(">348</mark>");
    }

    @Test
    void anUnknownCheckFailsWithTheListOfValidOnes() throws Exception {
        SverkaProcess sverka = new SverkaProcess(dir.resolve("db/sverka"), dir);
        Path script = Files.writeString(dir.resolve("prepare.sverka"), String.join("\n",
                "import --source \"" + SAMPLE.resolve("indonesia-earthquakes.en.txt") + "\" --target \""
                        + SAMPLE.resolve("indonesia-earthquakes.ru.txt") + "\" --name palu",
                "check palu") + "\n");
        SverkaProcess.Result notAligned = sverka.run("script", script.toString());
        assertThat(notAligned.exitCode()).isEqualTo(1);
        assertThat(notAligned.output()).contains("not aligned yet: run 'align palu' first");

        SverkaProcess.Result unknown = sverka.run("check", "palu", "--only", "NUMBERS,SPELLING");
        assertThat(unknown.exitCode()).isEqualTo(1);
        assertThat(unknown.output()).contains("Unknown check \"SPELLING\". Valid checks: NUMBERS, DATES").doesNotContain("Exception");
    }
}
