package org.sverka.shell;

import java.util.Map;

import org.jline.terminal.Terminal;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.sverka.check.Severity;

/**
 * Colours text by severity (red, yellow, blue) when the output is a terminal that shows colour, and leaves
 * it plain in pipes, files and scripts, or when NO_COLOR is set (https://no-color.org).
 */
final class SeverityColours {
    private static final Map<Severity, AttributedStyle> STYLES = Map.of(
            Severity.ERROR, AttributedStyle.BOLD.foreground(AttributedStyle.RED),
            Severity.WARNING, AttributedStyle.BOLD.foreground(AttributedStyle.YELLOW),
            Severity.INFO, AttributedStyle.DEFAULT.foreground(AttributedStyle.BLUE));

    private final boolean enabled;

    SeverityColours(boolean enabled) {
        this.enabled = enabled;
    }

    static SeverityColours forTerminal(Terminal terminal) {
        String type = terminal.getType() == null ? Terminal.TYPE_DUMB : terminal.getType();
        boolean colour = System.console() != null && System.getenv("NO_COLOR") == null
                && !type.startsWith(Terminal.TYPE_DUMB);
        return new SeverityColours(colour);
    }

    String paint(Severity severity, String text) {
        return enabled ? new AttributedString(text, STYLES.get(severity)).toAnsi() : text;
    }

    /** The marked part of an excerpt: inverse video in colour, else in brackets. */
    String mark(String text) {
        return enabled ? new AttributedString(text, AttributedStyle.INVERSE).toAnsi() : "[" + text + "]";
    }
}
