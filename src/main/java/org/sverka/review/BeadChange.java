package org.sverka.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sverka.model.Bead;

/**
 * One edit of a bead list, as small as possible: the beads {@code before} found at
 * {@code fromIndex} (0-based list index, pair number - 1) are replaced by {@code after}. Applying and
 * reverting are pure; both refuse a list whose slice does not match, so stale history is never
 * applied to a text that has changed in between. {@link #encode()} gives one stable line for storage.
 */
public record BeadChange(String description, int fromIndex, List<Bead> before, List<Bead> after) {

    public BeadChange {
        Objects.requireNonNull(description, "description");
        before = List.copyOf(before);
        after = List.copyOf(after);
        if (fromIndex < 0) {
            throw new IllegalArgumentException("fromIndex must be >= 0: " + fromIndex);
        }
    }

    /** The smallest change that turns {@code oldBeads} into {@code newBeads} (common head and tail left out). */
    public static BeadChange between(String description, List<Bead> oldBeads, List<Bead> newBeads) {
        int head = 0;
        int limit = Math.min(oldBeads.size(), newBeads.size());
        while (head < limit && oldBeads.get(head).equals(newBeads.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < limit - head
                && oldBeads.get(oldBeads.size() - 1 - tail).equals(newBeads.get(newBeads.size() - 1 - tail))) {
            tail++;
        }
        return new BeadChange(description, head, oldBeads.subList(head, oldBeads.size() - tail),
                newBeads.subList(head, newBeads.size() - tail));
    }

    /** Whether the change leaves every list as it was (for example confirming pairs already confirmed). */
    public boolean changesNothing() {
        return before.equals(after);
    }

    /** A new list with the change made; {@code beads} is not modified. */
    public List<Bead> apply(List<Bead> beads) {
        return replace(beads, before, after, "redo");
    }

    /** A new list with the change taken back; {@code beads} is not modified. */
    public List<Bead> revert(List<Bead> beads) {
        return replace(beads, after, before, "undo");
    }

    /** The reverse change: applying it reverts this one. */
    public BeadChange inverse() {
        return new BeadChange(description, fromIndex, after, before);
    }

    private List<Bead> replace(List<Bead> beads, List<Bead> expected, List<Bead> replacement, String verb) {
        int end = fromIndex + expected.size();
        if (end > beads.size() || !beads.subList(fromIndex, end).equals(expected)) {
            throw new ReviewRefusedException("Cannot " + verb + " \"" + description + "\": pairs " + (fromIndex + 1)
                    + "-" + end + " are no longer what that edit left (the text was changed another way since).");
        }
        List<Bead> result = new ArrayList<>(beads.size() - expected.size() + replacement.size());
        result.addAll(beads.subList(0, fromIndex));
        result.addAll(replacement);
        result.addAll(beads.subList(end, beads.size()));
        return List.copyOf(result);
    }

    /** One line, for example {@code b1|3|3+1:3+1:0.82:A;4+1:4+1:0.4:A|3+2:3+2:1.0:C|merge pairs 4 and 5}. */
    public String encode() {
        return BeadChangeFormat.encode(this);
    }

    /** Reads a line written by {@link #encode()}; throws {@link UnreadableChangeException} on anything else. */
    public static BeadChange decode(String line) {
        return BeadChangeFormat.decode(line);
    }
}
