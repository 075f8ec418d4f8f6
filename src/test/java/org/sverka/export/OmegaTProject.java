package org.sverka.export;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A minimal OmegaT project (source EN, target RU, sentence segmentation) that takes a TMX in tm/auto and
 * translates its source with it in console mode: the end-to-end check that a CAT tool reuses an export.
 * Skips when omegat is not on PATH (Debian package omegat).
 */
final class OmegaTProject {

    private static final String PROJECT = """
            <?xml version="1.0" encoding="UTF-8" standalone="no"?>
            <omegat>
                <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>EN</source_lang>
                    <target_lang>RU</target_lang>
                    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.LuceneRussianTokenizer</target_tok>
                    <sentence_seg>true</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                </project>
            </omegat>
            """;

    /** What OmegaT produced: the translated text and its log. */
    record Result(String target, String log) {
    }

    private OmegaTProject() {
    }

    static boolean available() {
        String path = System.getenv("PATH") == null ? "" : System.getenv("PATH");
        return Stream.of(path.split(File.pathSeparator)).anyMatch(dir -> Files.isExecutable(Path.of(dir, "omegat")));
    }

    /** Translates {@code sourceText} (a .txt file) in a project under {@code dir} with {@code tmx} in tm/auto. */
    static Result translate(Path dir, Path tmx, String sourceText) throws IOException {
        assumeTrue(available(), "omegat not on PATH (Debian: omegat); skipping the CAT tool check");
        Path project = dir.resolve("project");
        for (String sub : new String[] {"source", "target", "tm/auto", "glossary", "dictionary", "omegat"}) {
            Files.createDirectories(project.resolve(sub));
        }
        Files.writeString(project.resolve("omegat.project"), PROJECT, StandardCharsets.UTF_8);
        Files.writeString(project.resolve("source/text.txt"), sourceText, StandardCharsets.UTF_8);
        Files.copy(tmx, project.resolve("tm/auto/sverka.tmx"));
        Path log = dir.resolve("omegat.log");
        Path config = Files.createDirectories(dir.resolve("config"));
        Process process = new ProcessBuilder("omegat", "--mode=console-translate", "--config-dir=" + config,
                "--disable-project-locking", "--no-team", project.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            // A guard against a hung JVM, not a measurement.
            if (!process.waitFor(300, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                fail("omegat did not finish; log:\n" + Files.readString(log));
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            fail("interrupted while running omegat", e);
        }
        Path target = project.resolve("target/text.txt");
        String logText = Files.readString(log, StandardCharsets.UTF_8);
        if (!Files.exists(target)) {
            fail("omegat wrote no target file; log:\n" + logText);
        }
        return new Result(Files.readString(target, StandardCharsets.UTF_8), logText);
    }
}
