package org.sverka.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sverka.model.Bead;

/**
 * A sentence alignment as the evaluation tools write it (vecalign "ladder"): a list of rungs, each a
 * list of 0-based source sentence indexes and a list of target sentence indexes; either side may be empty.
 */
public record Ladder(List<Rung> rungs) {

    /** One aligned pair of index lists, e.g. {@code [0, 1]:[2]}. */
    public record Rung(List<Integer> source, List<Integer> target) {
        public Rung {
            source = List.copyOf(source);
            target = List.copyOf(target);
        }

        public static Rung of(Bead bead) {
            return new Rung(range(bead.sourceStart(), bead.sourceCount()), range(bead.targetStart(), bead.targetCount()));
        }

        public boolean isInsertionOrDeletion() {
            return source.isEmpty() || target.isEmpty();
        }

        private static List<Integer> range(int start, int count) {
            List<Integer> indexes = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                indexes.add(start + i);
            }
            return indexes;
        }
    }

    public Ladder {
        rungs = List.copyOf(Objects.requireNonNull(rungs, "rungs"));
    }

    /** The ladder of a list of beads; bead positions become the indexes (shift them first if needed). */
    public static Ladder of(List<Bead> beads) {
        return new Ladder(beads.stream().map(Rung::of).toList());
    }

    public int size() {
        return rungs.size();
    }
}
