package org.sverka.shell;

import java.io.PrintStream;
import java.util.Locale;

import org.sverka.model.Progress;

/**
 * Shows long work on standard error: a line rewritten in place on a terminal, or one line per stage when
 * the output goes to a file or a pipe. Updates are throttled so that reporting stays cheap.
 */
final class ConsoleProgress implements Progress {
    private static final long MIN_INTERVAL_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean terminal;
    private String stage = "";
    private long lastUpdate;
    private boolean dirty;

    ConsoleProgress(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    static ConsoleProgress onStandardError() {
        return new ConsoleProgress(System.err, System.console() != null);
    }

    @Override
    public void report(String newStage, long done, long total) {
        long now = System.nanoTime();
        boolean stageChanged = !newStage.equals(stage);
        if (!stageChanged && now - lastUpdate < MIN_INTERVAL_NANOS && done < total) {
            return;
        }
        lastUpdate = now;
        stage = newStage;
        String percent = total > 0 ? String.format(Locale.ROOT, " %3d%%", Math.min(100, done * 100 / total)) : "";
        if (terminal) {
            out.print("\r\u001b[K" + newStage + percent);
            dirty = true;
        } else if (stageChanged) {
            out.println(newStage + "...");
        }
        out.flush();
    }

    /** Clears the progress line before the command prints its result. */
    void finish() {
        if (terminal && dirty) {
            out.print("\r\u001b[K");
            out.flush();
        }
        dirty = false;
    }
}
