package org.sverka.shell;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Notes that a command failed. In the interactive shell Spring Shell reports a failure and carries on, so a
 * script run from there asks this after each of its lines whether to stop.
 */
final class CommandFailures {
    private final AtomicBoolean failed = new AtomicBoolean();

    void record() {
        failed.set(true);
    }

    /** Whether a command failed since the last call. */
    boolean takeFailure() {
        return failed.getAndSet(false);
    }
}
