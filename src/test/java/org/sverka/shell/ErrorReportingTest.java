package org.sverka.shell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.shell.CommandNotFound;
import org.springframework.shell.command.CommandExecution.CommandParserExceptionsException;
import org.springframework.shell.command.CommandHandlingResult;
import org.springframework.shell.command.CommandParser.CommandParserException;
import org.sverka.SverkaException;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorReportingTest {
    private final CommandFailures failures = new CommandFailures();
    private final ErrorReporting reporting = new ErrorReporting(false, failures);

    @Test
    void anUnknownOptionIsOnePlainErrorLineWithExitCodeOne() {
        CommandHandlingResult result = reporting.resolve(CommandParserExceptionsException.of("Command parser resulted errors",
                List.of(CommandParserException.of("Unrecognised option '--frob'"))));
        assertThat(result.exitCode()).isEqualTo(ErrorReporting.USER_ERROR);
        assertThat(result.message()).startsWith("Error: Unrecognised option '--frob'").doesNotContain("\u001b").hasLineCount(1);
    }

    @Test
    void aValueThatIsNotANumberSaysWhatWasExpectedWithoutJavaTypeNames() {
        CommandHandlingResult result = reporting.resolve(CommandParserExceptionsException.of("Command parser resulted errors",
                List.of(CommandParserException.of("Illegal option value '99999999999', reason 'Failed to convert from type "
                        + "[java.lang.String] to type [int] for value [99999999999]'"))));
        assertThat(result.message()).isEqualTo("Error: Illegal option value '99999999999': expected a whole number."
                + " Type 'help COMMAND' for its options.\n");
    }

    @Test
    void severalProblemsShareTheLine() {
        CommandHandlingResult result = reporting.resolve(CommandParserExceptionsException.of("Command parser resulted errors",
                List.of(CommandParserException.of("Missing mandatory option '--text', the text's name"),
                        CommandParserException.of("Unrecognised option '--frob'"))));
        assertThat(result.message()).contains("'--text'", "; Unrecognised option '--frob'").hasLineCount(1);
    }

    @Test
    void aLeftOutNumberOptionIsAMissingOptionNotAnInternalError() {
        CommandHandlingResult result = reporting.resolve(new IllegalStateException("Optional int parameter '[source-keep]' is "
                + "present but cannot be translated into a null value due to being declared as a primitive type. Consider "
                + "declaring it as object wrapper for the corresponding primitive type."));
        assertThat(result.exitCode()).isEqualTo(ErrorReporting.USER_ERROR);
        assertThat(result.message()).isEqualTo("Error: Missing option '--source-keep': give it a number."
                + " Type 'help COMMAND' for its options.\n");
    }

    @Test
    void anUnknownCommandIsNamedWithTheWayToTheList() {
        assertThat(ErrorReporting.unknownCommand(List.of("frobnicate", "x"))).isEqualTo(
                "Error: Unknown command 'frobnicate': type 'help' for the list of commands.");
        assertThat(reporting.resolve(new CommandNotFound(List.of("frobnicate"))).exitCode()).isEqualTo(ErrorReporting.USER_ERROR);
    }

    @Test
    void aSverkaErrorIsOneLineAndOtherFailuresAreInternal() {
        assertThat(reporting.resolve(new SverkaException("No text named 'x'.")).message()).isEqualTo("Error: No text named 'x'.\n");
        assertThat(reporting.resolve(new IllegalStateException("boom")).exitCode()).isEqualTo(ErrorReporting.INTERNAL_ERROR);
    }

    @Test
    void everyReportedFailureIsNotedOnceForAScriptToStop() {
        assertThat(failures.takeFailure()).isFalse();
        reporting.resolve(new SverkaException("No text named 'x'."));
        assertThat(failures.takeFailure()).isTrue();
        assertThat(failures.takeFailure()).isFalse();
    }
}
