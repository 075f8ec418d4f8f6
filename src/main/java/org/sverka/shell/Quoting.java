package org.sverka.shell;

/** Quotes a value for a command the user may copy from sverka's output. */
final class Quoting {
    private Quoting() {
    }

    static String arg(String value) {
        return ShellConfiguration.quote(value);
    }
}
