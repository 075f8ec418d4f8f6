package org.sverka.shell;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.core.Ordered;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.sverka.SverkaException;

/**
 * Turns any failure of a command into one line for the user and a non-zero exit code. sverka's own
 * exceptions carry a message written for the user; anything else is an internal error whose stack trace
 * goes to the log (and to the terminal only with {@code --debug} or {@code SVERKA_DEBUG=1}).
 */
final class ErrorReporting implements CommandExceptionResolver, Ordered {
    static final int USER_ERROR = 1;
    static final int INTERNAL_ERROR = 2;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorReporting.class);
    /** What Spring says when a numeric option without a default is left out (Spring Shell does not call it missing). */
    private static final Pattern MISSING_NUMBER = Pattern.compile(
            "Optional (?:int|long|double) parameter '\\[?([\\w-]+)]?' is present but cannot be translated into a null value");

    private final boolean debug;
    private final CommandFailures failures;

    ErrorReporting(boolean debug, CommandFailures failures) {
        this.debug = debug;
        this.failures = failures;
    }

    /** Ahead of Spring Shell's own resolver, which prints option errors in red without "Error:" and exits with 2. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public CommandHandlingResult resolve(Exception thrown) {
        failures.record();
        Exception e = userFacingCause(thrown);
        if (e instanceof CommandParserExceptionsException badOptions) {
            return CommandHandlingResult.of(optionErrors(badOptions) + "\n", USER_ERROR);
        }
        if (e instanceof SverkaException && !(e instanceof ExitCodeGenerator)) {
            LOG.info("command failed: {}", e.getMessage(), e);
            return CommandHandlingResult.of("Error: " + e.getMessage() + "\n" + trace(e), USER_ERROR);
        }
        if (e instanceof ExitCodeGenerator failedInScript) {
            // A command inside "script FILE" failed; its own message is already printed.
            String where = e instanceof SverkaException ? e.getMessage() : "Script stopped at the first failing command.";
            return CommandHandlingResult.of(where + "\n", failedInScript.getExitCode());
        }
        if (e instanceof CommandNotFound notFound) {
            return CommandHandlingResult.of(unknownCommand(notFound.getWords()) + "\n", USER_ERROR);
        }
        Matcher missing = MISSING_NUMBER.matcher(String.valueOf(e.getMessage()));
        if (e instanceof IllegalStateException && missing.find()) {
            return CommandHandlingResult.of("Error: Missing option '--" + missing.group(1)
                    + "': give it a number. Type 'help COMMAND' for its options.\n", USER_ERROR);
        }
        LOG.error("internal error", e);
        String what = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return CommandHandlingResult.of("Internal error: " + what
                + " (details in the log, " + LogLocation.describe() + "; rerun with --debug to print them)\n" + trace(e),
                INTERNAL_ERROR);
    }

    /** One line for wrong, missing or unknown options: Spring Shell's messages, without its type names. */
    static String optionErrors(CommandParserExceptionsException badOptions) {
        String problems = badOptions.getParserExceptions().stream()
                .map(p -> p.getMessage().replaceAll(", reason 'Failed to convert from type \\[[^]]*] to type \\[(int|long|java\\.lang\\.Integer|java\\.lang\\.Long)].*'",
                                ": expected a whole number")
                        .replaceAll(", reason 'Failed to convert from type \\[[^]]*] to type \\[(double|java\\.lang\\.Double)].*'",
                                ": expected a number such as 0.5"))
                .distinct()
                .collect(Collectors.joining("; "));
        return "Error: " + problems + ". Type 'help COMMAND' for its options.";
    }

    static String unknownCommand(List<String> words) {
        String command = words.isEmpty() ? "" : words.get(0);
        return "Error: Unknown command '" + command + "': type 'help' for the list of commands.";
    }

    /** Failures Spring Shell hands back after their message was printed: the caller only needs the exit code. */
    static boolean alreadyReported(Throwable failure) {
        return failure instanceof ExitCodeGenerator || failure instanceof CommandParserExceptionsException
                || failure instanceof CommandNotFound;
    }

    /** A sverka error wrapped by Spring (e.g. the database failing to open on first use) is still the user's error. */
    static Exception userFacingCause(Exception thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof SverkaException sverka) {
                return sverka;
            }
        }
        return thrown;
    }

    private String trace(Exception e) {
        if (!debug) {
            return "";
        }
        java.io.StringWriter out = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(out));
        return out.toString();
    }
}
