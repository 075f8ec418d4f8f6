package org.sverka.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jline.reader.impl.DefaultParser;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.shell.Input;
import org.springframework.shell.InputProvider;
import org.springframework.shell.standard.AbstractShellComponent;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;

/**
 * Runs a file of commands, one per line, as if typed. Blank lines and lines starting with '#' are
 * skipped. The run stops at the first failing command and says which line it was.
 */
@ShellComponent
class ScriptCommands extends AbstractShellComponent {
    private final CommandFailures failures;

    ScriptCommands(CommandFailures failures) {
        this.failures = failures;
    }

    @ShellMethod(key = "script", group = "Built-In Commands", value = "Run the commands in a file, one per line ('#' starts a comment line).")
    void script(@ShellOption(value = "--file", help = "the file of commands") String file) throws Exception {
        Path path = FileOption.path("--file", file);
        List<String> lines = read(path);
        failures.takeFailure();
        LineInput input = new LineInput(lines, failures);
        try {
            getShell().run(input);
        } catch (RuntimeException failure) {
            if (ErrorReporting.alreadyReported(failure)) {
                throw stopped(path, lines, input, failure);
            }
            throw failure;
        }
        if (input.stoppedByFailure()) { // the interactive shell reports a failing command and goes on
            throw stopped(path, lines, input, null);
        }
    }

    private static ScriptStoppedException stopped(Path path, List<String> lines, LineInput input, Throwable failure) {
        return new ScriptStoppedException("Script " + path.getFileName() + " stopped at line " + input.lineNumber()
                + ": " + lines.get(input.lineNumber() - 1).strip(), failure);
    }

    private static List<String> read(Path path) {
        if (!Files.isRegularFile(path)) {
            throw new SverkaException("Cannot run script " + path + ": " + (Files.isDirectory(path) ? "it is a folder." : "no such file."));
        }
        try {
            return Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot read script " + path + " as UTF-8 text: " + e.getMessage(), e);
        }
    }

    /** Thrown after a command of the script failed and printed its own message. */
    static final class ScriptStoppedException extends SverkaException implements ExitCodeGenerator {
        ScriptStoppedException(String message, Throwable cause) {
            super(message, cause);
        }

        @Override
        public int getExitCode() {
            return ErrorReporting.USER_ERROR;
        }
    }

    /** Feeds the script's command lines to the shell, remembering which line is running. */
    private static final class LineInput implements InputProvider {
        private final List<String> lines;
        private final CommandFailures failures;
        private final DefaultParser parser = new DefaultParser();
        private int next;
        private boolean stoppedByFailure;

        LineInput(List<String> lines, CommandFailures failures) {
            this.lines = lines;
            this.failures = failures;
        }

        boolean stoppedByFailure() {
            return stoppedByFailure;
        }

        int lineNumber() {
            return Math.max(next, 1);
        }

        @Override
        public Input readInput() {
            if (failures.takeFailure()) {
                stoppedByFailure = true;
                return null;
            }
            while (next < lines.size()) {
                String line = lines.get(next++).strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                List<String> words = parser.parse(line, line.length() + 1).words();
                return new Input() {
                    @Override
                    public String rawText() {
                        return line;
                    }

                    @Override
                    public List<String> words() {
                        return words.stream().filter(w -> !w.isEmpty()).toList();
                    }
                };
            }
            return null;
        }
    }
}
