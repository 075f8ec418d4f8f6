package org.sverka.store;

import java.util.List;
import org.sverka.model.Bead;

/**
 * Replaces the beads {@code before}, found from list index {@code fromIndex} (0-based; pair number - 1),
 * by {@code after}; the pairs behind them are renumbered.
 */
public record BeadSlice(int fromIndex, List<Bead> before, List<Bead> after) implements EditEffect {
    public BeadSlice {
        if (fromIndex < 0) {
            throw new IllegalArgumentException("fromIndex must be >= 0: " + fromIndex);
        }
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
