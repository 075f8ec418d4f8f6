package org.sverka.shell;

import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.store.TextInfo;
import org.sverka.workbench.Corrections;
import org.sverka.workbench.EditOutcome;
import org.sverka.workbench.Review;
import org.sverka.workbench.Workbench;

/** Correcting a text's pairs; each correction shows the pairs it touched and can be undone, also after a restart. */
@ShellComponent
class CorrectionCommands {
    private static final String TEXT_HELP = "the text's name";

    private final ObjectProvider<Workbench> workbench;
    private final TerminalSize terminal;

    CorrectionCommands(ObjectProvider<Workbench> workbench, TerminalSize terminal) {
        this.workbench = workbench;
        this.terminal = terminal;
    }

    @ShellMethod(key = "merge", group = "Review", value = "Merge a pair with the next one.")
    String merge(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                 @ShellOption(value = "--pair", help = "pair number") int pair) {
        return edited(text, corrections().merge(text, pair));
    }

    @ShellMethod(key = "split", group = "Review", value = "Split a pair in two: the first part keeps the first K source and M target sentences.")
    String split(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                 @ShellOption(value = "--pair", help = "pair number") int pair,
                 @ShellOption(value = "--source-keep", help = "source sentences the first part keeps") int sourceKeep,
                 @ShellOption(value = "--target-keep", help = "target sentences the first part keeps") int targetKeep) {
        return edited(text, corrections().split(text, pair, sourceKeep, targetKeep));
    }

    @ShellMethod(key = "move", group = "Review", value = "Move a pair's last sentence on one side to the next pair, or its first to the previous pair.")
    String move(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                @ShellOption(value = "--pair", help = "pair number") int pair,
                @ShellOption(value = "--side", help = "source or target (or their language codes)") String side,
                @ShellOption(value = "--to", help = "next or previous") String to) {
        if (to == null) { // Spring Shell passes null when --to is left out after positional values
            throw new SverkaException("move needs --to next or --to previous.");
        }
        String direction = to.strip().toLowerCase(Locale.ROOT);
        if (!direction.equals("next") && !direction.equals("previous")) {
            throw new SverkaException("Unknown --to '" + to + "': use next or previous.");
        }
        TextInfo info = workbench.getObject().text(text);
        return edited(text, corrections().move(text, pair, SideOption.parse(side, info), direction.equals("next")));
    }

    @ShellMethod(key = "detach", group = "Review", value = "Give the first or last sentence of a pair on one side a pair of its own (1-0 or 0-1).")
    String detach(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                  @ShellOption(value = "--pair", help = "pair number") int pair,
                  @ShellOption(value = "--side", help = "source or target (or their language codes)") String side,
                  @ShellOption(value = "--sentence", help = "the sentence's number in its document (from 0)") int sentence) {
        TextInfo info = workbench.getObject().text(text);
        return edited(text, corrections().detach(text, pair, SideOption.parse(side, info), sentence));
    }

    @ShellMethod(key = "confirm", group = "Review", value = "Confirm a pair, or pairs PAIR to --to: they stay fixed when the text is aligned again.")
    String confirm(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                   @ShellOption(value = "--pair", help = "first pair number") int pair,
                   @ShellOption(value = "--to", defaultValue = ShellOption.NULL, help = "last pair number (default: PAIR)") Integer to) {
        return edited(text, corrections().confirm(text, pair, to == null ? pair : to));
    }

    @ShellMethod(key = "unconfirm", group = "Review", value = "Make a pair, or pairs PAIR to --to, automatic again.")
    String unconfirm(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                     @ShellOption(value = "--pair", help = "first pair number") int pair,
                     @ShellOption(value = "--to", defaultValue = ShellOption.NULL, help = "last pair number (default: PAIR)") Integer to) {
        return edited(text, corrections().unconfirm(text, pair, to == null ? pair : to));
    }

    @ShellMethod(key = "edit-sentence", group = "Review", value = "Correct the text of one sentence (a typo); undo brings the old text back.")
    String editSentence(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                        @ShellOption(value = "--side", help = "source or target (or their language codes)") String side,
                        @ShellOption(value = "--sentence", help = "the sentence's number in its document (from 0)") int sentence,
                        @ShellOption(value = "--new-text", help = "the corrected sentence") String newText) {
        TextInfo info = workbench.getObject().text(text);
        return edited(text, corrections().editSentence(text, SideOption.parse(side, info), sentence, newText));
    }

    @ShellMethod(key = "undo", group = "Review", value = "Take back the last edit of a text (also after a restart).")
    String undo(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text) {
        return edited(text, corrections().undo(text));
    }

    @ShellMethod(key = "redo", group = "Review", value = "Make the last undone edit of a text again.")
    String redo(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text) {
        return edited(text, corrections().redo(text));
    }

    @ShellMethod(key = "edit-history", group = "Review", value = "List a text's edits, oldest first; undone ones are marked.")
    String history(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text) {
        List<String> edits = corrections().history(text);
        if (edits.isEmpty()) {
            return "No edits on '" + text + "' yet.";
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < edits.size(); i++) {
            out.append(String.format(Locale.ROOT, "%4d. %s%n", i + 1, edits.get(i)));
        }
        return out.toString().stripTrailing();
    }

    @ShellMethod(key = "clear-edit-history", group = "Review", value = "Forget a text's edit history (the edits stay made; undo is no longer possible).")
    String clearHistory(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text) {
        corrections().clearHistory(text);
        return "Cleared the edit history of '" + text + "'; its pairs are as they were.";
    }

    private String edited(String text, EditOutcome outcome) {
        String head = Character.toUpperCase(outcome.description().charAt(0)) + outcome.description().substring(1) + ".\n";
        if (workbench.getObject().text(text).pairs() == 0) {
            return head.strip();
        }
        Review review = new Review(workbench.getObject());
        return head + new SideBySide(terminal.width()).render(review.range(text, outcome.firstPair(), outcome.lastPair()))
                .stripTrailing();
    }

    private Corrections corrections() {
        return new Corrections(workbench.getObject());
    }
}
