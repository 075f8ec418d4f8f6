package org.sverka.workbench;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.sverka.model.Bead;
import org.sverka.model.Sentence;
import org.sverka.review.BeadChange;
import org.sverka.review.BeadListInvariant;
import org.sverka.review.PairEdits;
import org.sverka.review.ReviewRefusedException;
import org.sverka.review.SentenceMoves;
import org.sverka.review.SentenceTextChange;
import org.sverka.review.Side;
import org.sverka.store.TextInfo;

/**
 * The reviewer's corrections of a stored text: merge, split, move and detach sentences, confirm and
 * unconfirm pairs, fix a sentence's text, and undo or redo any of them, also after a restart. Pairs are
 * numbered from 1, sentences by their 0-based document index. Each correction is one store transaction
 * holding the change and its history entry; a refused one (sentence order broken, no such pair) changes
 * nothing and says why.
 */
public final class Corrections {
    private final Workbench workbench;
    private final EditLog log;

    public Corrections(Workbench workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.log = new EditLog(workbench.store());
    }

    /** Merges pair {@code number} with the next one. */
    public EditOutcome merge(String text, int number) {
        return edit(text, beads -> PairEdits.merge(beads, number));
    }

    /** Splits pair {@code number}: the first part keeps its first {@code sourceKeep} and {@code targetKeep} sentences. */
    public EditOutcome split(String text, int number, int sourceKeep, int targetKeep) {
        return edit(text, beads -> PairEdits.split(beads, number, sourceKeep, targetKeep));
    }

    /** Moves the boundary sentence of {@code side} in pair {@code number} into the next or the previous pair. */
    public EditOutcome move(String text, int number, Side side, boolean toNext) {
        Objects.requireNonNull(side, "side");
        return edit(text, beads -> SentenceMoves.move(beads, number, side, toNext));
    }

    /** Gives sentence {@code sentence} of {@code side} in pair {@code number} a 1-0 / 0-1 pair of its own. */
    public EditOutcome detach(String text, int number, Side side, int sentence) {
        Objects.requireNonNull(side, "side");
        return edit(text, beads -> side == Side.SOURCE ? SentenceMoves.detachSource(beads, number, sentence)
                : SentenceMoves.detachTarget(beads, number, sentence));
    }

    /** Confirms pairs {@code from} to {@code to}, inclusive. */
    public EditOutcome confirm(String text, int from, int to) {
        return edit(text, beads -> PairEdits.confirm(beads, from, to));
    }

    /** Makes pairs {@code from} to {@code to} automatic again. */
    public EditOutcome unconfirm(String text, int from, int to) {
        return edit(text, beads -> PairEdits.unconfirm(beads, from, to));
    }

    /** Replaces the text of sentence {@code sentence} (0-based) on {@code side}; recorded, so undo brings the old text back. */
    public EditOutcome editSentence(String text, Side side, int sentence, String newText) {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(newText, "newText");
        TextInfo info = workbench.text(text);
        List<Sentence> sentences = workbench.store().texts().sentences(info.id(),
                side == Side.SOURCE ? org.sverka.store.Side.SOURCE : org.sverka.store.Side.TARGET);
        if (sentence < 0 || sentence >= sentences.size()) {
            throw new ReviewRefusedException("There is no " + side.word() + " sentence " + sentence + " in '" + text
                    + "': its " + side.word() + " sentences are numbered 0-" + (sentences.size() - 1) + ".");
        }
        String newLine = newText.strip();
        return log.record(info, SentenceTextChange.of(side, sentence, sentences.get(sentence).text(), newLine));
    }

    /** Takes back the last edit of the text. */
    public EditOutcome undo(String text) {
        return log.undo(workbench.text(text));
    }

    /** Makes the last undone edit again. */
    public EditOutcome redo(String text) {
        return log.redo(workbench.text(text));
    }

    /** The text's edits, oldest first: "merge pairs 3 and 4", with " (undone)" after those undone. */
    public List<String> history(String text) {
        return workbench.store().edits().list(workbench.text(text).id()).stream()
                .map(edit -> EditLog.describe(edit) + (edit.undone() ? " (undone)" : "")).toList();
    }

    /** Forgets the text's history, keeping every edit made; the way out of a history that can no longer be read. */
    public void clearHistory(String text) {
        workbench.store().edits().clear(workbench.text(text).id());
    }

    private EditOutcome edit(String text, Function<List<Bead>, BeadChange> change) {
        TextInfo info = workbench.requireAligned(text);
        List<Bead> beads = workbench.store().alignments().beads(info.id());
        BeadChange made = change.apply(beads);
        List<Bead> result = made.apply(beads);
        BeadListInvariant.check(result, info.sourceSentences(), info.targetSentences());
        return log.record(info, made, beads.size());
    }
}
