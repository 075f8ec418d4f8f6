package org.sverka.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the packaged sverka jar as a user would, one command per process, with its own database. */
final class SverkaProcess {
    record Result(int exitCode, String output) {
    }

    private final Path database;
    private final Path workDir;

    SverkaProcess(Path database, Path workDir) {
        this.database = database;
        this.workDir = workDir;
    }

    /** Runs sverka with the given lines typed on its standard input (with no arguments: the interactive shell). */
    Result runTyping(String typed, String... args) throws IOException, InterruptedException {
        return run(Files.writeString(Files.createTempFile(workDir, "typed", ".txt"), typed), args);
    }

    Result run(String... args) throws IOException, InterruptedException {
        return run(null, args);
    }

    private Result run(Path typed, String... args) throws IOException, InterruptedException {
        String jar = System.getProperty("sverka.jar", "target/sverka.jar");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", Path.of(jar).toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true);
        builder.environment().put("SVERKA_DB", database.toString());
        builder.environment().put("SVERKA_LOG", workDir.resolve("sverka.log").toString());
        builder.environment().remove("SVERKA_DEBUG");
        Path output = Files.createTempFile(workDir, "out", ".txt");
        builder.redirectOutput(output.toFile());
        if (typed != null) {
            builder.redirectInput(typed.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("sverka " + String.join(" ", args) + " did not finish in 5 minutes");
        }
        return new Result(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
    }
}
