package org.sverka.shell;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.boot.NonInteractiveShellRunnerCustomizer;
import org.springframework.shell.command.CommandExceptionResolver;
import org.springframework.shell.result.CommandNotFoundMessageProvider;

@Configuration(proxyBeanMethods = false)
class ShellConfiguration {

    @Bean
    CommandFailures commandFailures() {
        return new CommandFailures();
    }

    @Bean
    CommandExceptionResolver sverkaErrorReporting(CommandFailures failures) {
        return new ErrorReporting(DebugSwitch.isOn(), failures);
    }

    /** "Error: Unknown command ..." as one plain line (Spring Shell's own is red, also when the output is a file). */
    @Bean
    CommandNotFoundMessageProvider unknownCommandMessage(CommandFailures failures) {
        return context -> {
            failures.record();
            return ErrorReporting.unknownCommand(context.commands());
        };
    }

    /**
     * Spring Shell joins the process arguments into one command line and parses it again; each argument
     * is quoted here so that values with spaces, quotes or backslashes arrive exactly as given.
     */
    @Bean
    NonInteractiveShellRunnerCustomizer quoteEachArgument() {
        return runner -> runner.setCommandsFromArgs(ShellConfiguration::commandLine);
    }

    static List<String> commandLine(String[] args) {
        String[] words = DebugSwitch.withoutSwitch(args);
        if (words.length == 0) {
            return List.of();
        }
        return List.of(Arrays.stream(words).map(ShellConfiguration::quote).collect(Collectors.joining(" ")));
    }

    static String quote(String word) {
        if (!word.isEmpty() && word.chars().allMatch(c -> c > ' ' && c != '"' && c != '\'' && c != '\\')) {
            return word;
        }
        return '"' + word.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
