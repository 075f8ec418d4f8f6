package org.sverka.shell;

import org.jline.terminal.Terminal;
import org.springframework.stereotype.Component;

/** The terminal's width, with a sensible default when output is not a terminal. */
@Component
class TerminalSize {
    private static final int DEFAULT_WIDTH = 120;
    private final Terminal terminal;

    TerminalSize(Terminal terminal) {
        this.terminal = terminal;
    }

    int width() {
        String columns = System.getenv("COLUMNS");
        if (columns != null && columns.matches("\\d{2,4}")) {
            return Integer.parseInt(columns);
        }
        int width = terminal.getWidth();
        return width >= 40 ? width : DEFAULT_WIDTH;
    }
}
