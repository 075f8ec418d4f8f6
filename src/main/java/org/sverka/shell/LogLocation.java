package org.sverka.shell;

/** Where the log file goes; mirrors logback-spring.xml. */
final class LogLocation {
    private LogLocation() {
    }

    static String describe() {
        String env = System.getenv("SVERKA_LOG");
        return env != null && !env.isBlank() ? env : System.getProperty("user.home") + "/.sverka/sverka.log";
    }
}
