package org.sverka.workbench;

import java.util.List;

import org.sverka.model.Bead;
import org.sverka.review.BeadChange;
import org.sverka.review.ReviewRefusedException;
import org.sverka.review.SentenceTextChange;
import org.sverka.store.BeadSlice;
import org.sverka.store.EditEffect;
import org.sverka.store.SentenceText;
import org.sverka.store.Side;
import org.sverka.store.Store;
import org.sverka.store.StoredEdit;
import org.sverka.store.TextInfo;

/**
 * Makes review edits on a stored text and keeps them in its history: each edit, undo and redo is one
 * store transaction that writes the change and moves the history together.
 */
final class EditLog {
    private final Store store;

    EditLog(Store store) {
        this.store = store;
    }

    /** Makes the bead change and records it; a change that changes nothing is neither made nor recorded. */
    EditOutcome record(TextInfo text, BeadChange change, int pairsBefore) {
        int pairsAfter = pairsBefore - change.before().size() + change.after().size();
        if (change.changesNothing()) {
            return new EditOutcome(change.description() + ": nothing changed, it already was so",
                    first(change, pairsAfter), last(change, pairsAfter), false);
        }
        store.edits().record(text.id(), change.encode(), slice(change));
        return new EditOutcome(change.description(), first(change, pairsAfter), last(change, pairsAfter), true);
    }

    /** Makes the sentence change and records it; returns the pair that holds the sentence. */
    EditOutcome record(TextInfo text, SentenceTextChange change) {
        store.edits().record(text.id(), change.encode(), effect(change));
        return sentenceOutcome(text, change.description(), change);
    }

    /** Takes back the last applied edit. */
    EditOutcome undo(TextInfo text) {
        StoredEdit edit = store.edits().lastApplied(text.id()).orElseThrow(() -> new ReviewRefusedException(
                "Nothing to undo on '" + text.name() + "': " + (store.edits().firstUndone(text.id()).isPresent()
                        ? "every edit is already undone; redo makes them again." : "no edit was made on this text.")));
        return move(text, edit, true);
    }

    /** Makes the first undone edit again. */
    EditOutcome redo(TextInfo text) {
        StoredEdit edit = store.edits().firstUndone(text.id()).orElseThrow(() -> new ReviewRefusedException(
                "Nothing to redo on '" + text.name() + "': no edit was undone since the last one was made."));
        return move(text, edit, false);
    }

    private EditOutcome move(TextInfo text, StoredEdit edit, boolean undo) {
        String verb = undo ? "undid: " : "redid: ";
        if (SentenceTextChange.isEncoded(edit.change())) {
            SentenceTextChange change = SentenceTextChange.decode(edit.change());
            EditEffect effect = effect(undo ? change.inverse() : change);
            if (undo) {
                store.edits().undo(text.id(), edit, effect);
            } else {
                store.edits().redo(text.id(), edit, effect);
            }
            return sentenceOutcome(text, verb + change.description(), change);
        }
        BeadChange stored = BeadChange.decode(edit.change());
        BeadChange change = undo ? stored.inverse() : stored;
        List<Bead> beads = store.alignments().beads(text.id());
        // apply refuses, with a message, a list that is no longer what the edit expects
        List<Bead> result = change.apply(beads);
        if (undo) {
            store.edits().undo(text.id(), edit, slice(change));
        } else {
            store.edits().redo(text.id(), edit, slice(change));
        }
        return new EditOutcome(verb + stored.description(), first(change, result.size()), last(change, result.size()), true);
    }

    private EditOutcome sentenceOutcome(TextInfo text, String description, SentenceTextChange change) {
        List<Bead> beads = store.alignments().beads(text.id());
        int pair = 1;
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = beads.get(i);
            int start = change.side() == org.sverka.review.Side.SOURCE ? bead.sourceStart() : bead.targetStart();
            int count = change.side() == org.sverka.review.Side.SOURCE ? bead.sourceCount() : bead.targetCount();
            if (change.sentence() >= start && change.sentence() < start + count) {
                pair = i + 1;
                break;
            }
        }
        return new EditOutcome(description, pair, pair, true);
    }

    /** What a stored edit did, in words. */
    static String describe(StoredEdit edit) {
        return SentenceTextChange.isEncoded(edit.change()) ? SentenceTextChange.decode(edit.change()).description()
                : BeadChange.decode(edit.change()).description();
    }

    static BeadSlice slice(BeadChange change) {
        return new BeadSlice(change.fromIndex(), change.before(), change.after());
    }

    private static EditEffect effect(SentenceTextChange change) {
        Side side = change.side() == org.sverka.review.Side.SOURCE ? Side.SOURCE : Side.TARGET;
        return new SentenceText(side, change.sentence(), change.before(), change.after());
    }

    /** The first pair to show after {@code change}: where it happened, within the list. */
    static int first(BeadChange change, int pairs) {
        return Math.max(1, Math.min(change.fromIndex() + 1, pairs));
    }

    static int last(BeadChange change, int pairs) {
        return Math.max(first(change, pairs), Math.min(change.fromIndex() + change.after().size(), pairs));
    }
}
