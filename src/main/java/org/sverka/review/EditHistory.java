package org.sverka.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.sverka.model.Bead;

/**
 * Undo and redo over a text's edits, as an immutable value: the changes in the order they were made
 * and how many of them are applied (the rest were undone and can be redone). Recording a new change
 * drops the undone ones, as editors do. The store keeps {@link BeadChange#encode()} lines and
 * {@code applied}, which is all that is needed to rebuild this after a restart.
 */
public record EditHistory(List<BeadChange> changes, int applied) {

    /** The beads after an undo or redo, the history that goes with them, and the change that was undone or redone. */
    public record Step(List<Bead> beads, EditHistory history, BeadChange change) {
    }

    public EditHistory {
        changes = List.copyOf(changes);
        if (applied < 0 || applied > changes.size()) {
            throw new IllegalArgumentException("applied must be in 0.." + changes.size() + ": " + applied);
        }
    }

    /** An empty history. */
    public EditHistory() {
        this(List.of(), 0);
    }

    /** The history after {@code change} was made; a change that changes nothing is not recorded. */
    public EditHistory record(BeadChange change) {
        Objects.requireNonNull(change, "change");
        if (change.changesNothing()) {
            return this;
        }
        List<BeadChange> kept = new ArrayList<>(changes.subList(0, applied));
        kept.add(change);
        return new EditHistory(kept, kept.size());
    }

    public boolean canUndo() {
        return applied > 0;
    }

    public boolean canRedo() {
        return applied < changes.size();
    }

    /** Reverts the last applied change on {@code beads}. */
    public Step undo(List<Bead> beads) {
        if (!canUndo()) {
            throw new ReviewRefusedException("Nothing to undo: " + (changes.isEmpty()
                    ? "no edit was made on this text." : "all " + changes.size() + " edits are already undone."));
        }
        BeadChange change = changes.get(applied - 1);
        return new Step(change.revert(beads), new EditHistory(changes, applied - 1), change);
    }

    /** Makes again the first undone change on {@code beads}. */
    public Step redo(List<Bead> beads) {
        if (!canRedo()) {
            throw new ReviewRefusedException("Nothing to redo: " + (changes.isEmpty()
                    ? "no edit was made on this text." : "no edit was undone since the last one."));
        }
        BeadChange change = changes.get(applied);
        return new Step(change.apply(beads), new EditHistory(changes, applied + 1), change);
    }
}
