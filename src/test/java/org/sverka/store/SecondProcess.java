package org.sverka.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Another JVM working on a database file, started by tests to check sharing between processes.
 * Modes: {@code add <db> <name>} stores a text and prints the names it sees; {@code share <db>} opens the
 * store first, prints "sharing" and the names, and waits for a line on stdin; {@code hold <db>} opens the
 * file without AUTO_SERVER (as a foreign H2 tool would), prints "holding" and waits for a line on stdin.
 */
final class SecondProcess {
    private final Process process;
    private final BufferedReader output;
    private boolean released;

    private SecondProcess(Process process) {
        this.process = process;
        this.output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static SecondProcess start(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Dlogback.configurationFile=none", SecondProcess.class.getName()));
        command.addAll(List.of(arguments));
        return new SecondProcess(new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start());
    }

    /** The next line printed by the process that starts with {@code prefix}; fails at the end of its output. */
    String lineStartingWith(String prefix) throws IOException {
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("the second process ended without printing a line starting with " + prefix);
    }

    /** Asks a sharing or holding process to let go, and waits (at most a minute, against hangs) for it to end. */
    int finish() throws IOException, InterruptedException {
        if (!released) {
            released = true;
            process.getOutputStream().write('\n');
            process.getOutputStream().close();
        }
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("the second process did not end");
        }
        return process.exitValue();
    }

    public static void main(String[] args) throws IOException, SQLException {
        Path database = Path.of(args[1]);
        if (args[0].equals("add")) {
            try (Store store = Store.open(database)) {
                store.texts().create(args[2], SampleDocuments.russian(), SampleDocuments.english());
                System.out.println("names " + String.join(",", store.texts().names()));
            }
        } else if (args[0].equals("share")) {
            try (Store store = Store.open(database)) {
                System.out.println("sharing " + String.join(",", store.texts().names()));
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
        } else {
            try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + database, "sa", "")) {
                System.out.println("holding");
                new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            }
        }
    }
}
