package org.sverka.shell;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point. With no arguments sverka opens the interactive shell; with arguments it runs that one
 * command (or {@code script FILE}) and exits with the command's exit code.
 */
@SpringBootApplication
public class SverkaApplication {

    public static void main(String[] args) {
        if (Arrays.asList(args).contains(DebugSwitch.FLAG)) {
            System.setProperty("sverka.debug", "true");
        }
        boolean interactive = DebugSwitch.withoutSwitch(args).length == 0;
        SpringApplication application = new SpringApplication(SverkaApplication.class);
        // Spring Shell 3 decides interactive vs one-shot by itself; pinning it from the arguments keeps
        // "./sverka" interactive and "./sverka list" one-shot even when stdin is not a terminal.
        application.setDefaultProperties(java.util.Map.of(
                "spring.shell.interactive.enabled", String.valueOf(interactive)));
        try {
            System.exit(SpringApplication.exit(application.run(args)));
        } catch (RuntimeException startupFailure) {
            if (startupFailure instanceof org.springframework.boot.ExitCodeGenerator commandFailed) {
                System.exit(commandFailed.getExitCode()); // a one-shot command failed; it printed its own message
            }
            if (ErrorReporting.alreadyReported(startupFailure)) {
                System.exit(ErrorReporting.USER_ERROR); // an unknown command or bad options, already reported in one line
            }
            Exception cause = ErrorReporting.userFacingCause(startupFailure);
            System.err.println((cause instanceof org.sverka.SverkaException ? "Error: " : "sverka could not start: ")
                    + cause.getMessage() + (DebugSwitch.isOn() ? "" : " (details in " + LogLocation.describe() + ")"));
            if (DebugSwitch.isOn()) {
                startupFailure.printStackTrace();
            }
            System.exit(ErrorReporting.INTERNAL_ERROR);
        }
    }
}
