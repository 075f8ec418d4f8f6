package org.sverka.shell;

import java.util.Arrays;

/** {@code --debug} anywhere on the command line, or {@code SVERKA_DEBUG=1}, prints stack traces of errors. */
final class DebugSwitch {
    static final String FLAG = "--debug";

    private DebugSwitch() {
    }

    static boolean isOn() {
        String env = System.getenv("SVERKA_DEBUG");
        return "1".equals(env) || "true".equalsIgnoreCase(env) || Boolean.getBoolean("sverka.debug");
    }

    static String[] withoutSwitch(String[] args) {
        return Arrays.stream(args).filter(a -> !FLAG.equals(a)).toArray(String[]::new);
    }
}
