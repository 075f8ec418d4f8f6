package org.sverka.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.export.OkapiTmx;
import org.sverka.export.TmxValidation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's story through the real launcher jar, one process per command as in batch use: import the
 * sample pair from corpora/, align, page through it, export a TMX that Okapi reads, and find everything
 * again in the next process.
 */
class ShellEndToEndIT {
    private static final Path SAMPLE = Path.of("corpora", "ntrex-reuters.218865").toAbsolutePath();
    private static final String EN = SAMPLE.resolve("indonesia-earthquakes.en.html").toString();
    private static final String RU = SAMPLE.resolve("indonesia-earthquakes.ru.docx").toString();

    @TempDir
    Path dir;
    private SverkaProcess sverka;

    @BeforeEach
    void setUp() {
        sverka = new SverkaProcess(dir.resolve("db/sverka"), dir);
    }

    @Test
    void importAlignShowExportAsSeparateRuns() throws Exception {
        SverkaProcess.Result imported = sverka.run("import", "--source", EN, "--target", RU, "--name", "Palu quake");
        assertThat(imported.exitCode()).as(imported.output()).isZero();
        assertThat(imported.output()).contains("Imported 'Palu quake'", "en 27 sentences", "ru 27 sentences");

        SverkaProcess.Result aligned = sverka.run("align", "Palu quake");
        assertThat(aligned.exitCode()).as(aligned.output()).isZero();
        assertThat(aligned.output()).contains("Aligned 'Palu quake'", "1-1: 27");

        SverkaProcess.Result shown = sverka.run("show", "Palu quake", "--from", "2", "--count", "2");
        assertThat(shown.output()).contains("#2", "#3", "At least 384 people", "по меньшей мере 384", "Pairs 2-3 of 27")
                .doesNotContain("#4");

        SverkaProcess.Result stats = sverka.run("stats", "--text", "Palu quake");
        assertThat(stats.output()).contains("Sentences: 27 source, 27 target", "1-1", "mean confidence");

        Path tmx = dir.resolve("out/palu.tmx");
        SverkaProcess.Result exported = sverka.run("export", "Palu quake", "--output", tmx.toString());
        assertThat(exported.exitCode()).as(exported.output()).isZero();
        assertThat(exported.output()).contains("Exported 27 pairs");

        assertThat(TmxValidation.assertValidAgainstDtd(tmx)).isEqualTo(27);
        List<OkapiTmx.Unit> units = OkapiTmx.read(tmx, "ru");
        assertThat(units).hasSize(27);
        assertThat(units.get(1).source()).startsWith("At least 384 people have been killed");
        assertThat(units.get(1).target()).contains("по меньшей мере 384 человека");
        assertThat(units).allSatisfy(u -> assertThat(Double.parseDouble(u.confidence())).isBetween(0.0, 1.0));

        SverkaProcess.Result compacted = sverka.run("compact");
        assertThat(compacted.exitCode()).as(compacted.output()).isZero();
        assertThat(compacted.output()).contains("Compacted");
        assertThat(sverka.run("show", "Palu quake", "--from", "2", "--count", "1").output()).contains("At least 384 people");
    }

    @Test
    void aScriptFileRunsCommandsInOrderAndStopsAtTheFirstError() throws Exception {
        Path script = Files.writeString(dir.resolve("work.sverka"), String.join("\n",
                "# a batch job",
                "import --source \"" + EN + "\" --target \"" + RU + "\" --name quake",
                "align quake",
                "export quake --format tsv --output \"" + dir.resolve("quake.tsv") + "\"",
                "align nosuch",
                "delete quake") + "\n");
        SverkaProcess.Result run = sverka.run("script", script.toString());
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.output()).contains("Imported 'quake'", "Aligned 'quake'", "No text named 'nosuch'", "stopped at line 5: align nosuch")
                .doesNotContain("Deleted", "Exception");
        assertThat(Files.readAllLines(dir.resolve("quake.tsv"))).hasSize(28);
        assertThat(sverka.run("list").output()).contains("quake");
    }

    @Test
    void theDemoImportsAlignsAndExportsTheSamples() throws Exception {
        Path home = dir.resolve("home");
        Files.createDirectories(home);
        copyTree(Path.of("corpora").toAbsolutePath(), home.resolve("corpora"));
        SverkaProcess demo = new SverkaProcess(dir.resolve("db/demo"), home);
        SverkaProcess.Result first = demo.run("demo", "--corpora", home.resolve("corpora").toString());
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).contains("indonesia-earthquakes", "macedonia-referendum", "alignments");
        SverkaProcess.Result again = demo.run("demo", "--corpora", home.resolve("corpora").toString());
        assertThat(again.exitCode()).as(again.output()).isZero();
        assertThat(demo.run("list").output().lines().filter(l -> l.startsWith("indonesia-earthquakes"))).hasSize(1);
    }

    private static void copyTree(Path from, Path to) throws Exception {
        try (var files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
