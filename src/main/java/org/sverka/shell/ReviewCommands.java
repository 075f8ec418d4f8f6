package org.sverka.shell;

import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.model.AlignedPair;
import org.sverka.review.ReviewStatus;
import org.sverka.store.TextInfo;
import org.sverka.workbench.Corrections;
import org.sverka.workbench.EditOutcome;
import org.sverka.workbench.Review;
import org.sverka.workbench.Workbench;

/** Walking through a text's pairs and correcting them; every correction can be undone, also after a restart. */
@ShellComponent
class ReviewCommands {
    private static final String TEXT_HELP = "the text's name";
    private static final String LOW = "0.5";

    private final ObjectProvider<Workbench> workbench;
    private final TerminalSize terminal;

    ReviewCommands(ObjectProvider<Workbench> workbench, TerminalSize terminal) {
        this.workbench = workbench;
        this.terminal = terminal;
    }

    @ShellMethod(key = "around", group = "Review", value = "Show the pairs around a pair number.")
    String around(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                  @ShellOption(value = "--pair", help = "pair number") int pair,
                  @ShellOption(value = "--radius", defaultValue = "3", help = "pairs to show on each side") int radius) {
        return render(review().around(text, pair, radius));
    }

    @ShellMethod(key = "next", group = "Review", value = "Jump to the next pair that needs review: --low (confidence below 0.5, "
            + "or the value given), --unconfirmed, or --finding (flagged by the last check).")
    String next(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                @ShellOption(value = "--low", defaultValue = ShellOption.NULL, arity = 1, help = "confidence threshold (0-1)") Double low,
                @ShellOption(value = "--unconfirmed", defaultValue = "false", help = "the next pair not confirmed") boolean unconfirmed,
                @ShellOption(value = "--finding", defaultValue = "false", help = "the next pair with an open finding") boolean finding,
                @ShellOption(value = "--after", defaultValue = "0", help = "search after this pair (0: from the top)") int after) {
        if ((low != null ? 1 : 0) + (unconfirmed ? 1 : 0) + (finding ? 1 : 0) > 1) {
            throw new SverkaException("Give one of --low, --unconfirmed and --finding, not several.");
        }
        Review review = review();
        String kind;
        OptionalInt found;
        if (unconfirmed) {
            kind = "--unconfirmed";
            found = review.nextUnconfirmed(text, after);
        } else if (finding) {
            kind = "--finding";
            found = review.nextWithFinding(text, after);
        } else {
            double threshold = low == null ? Double.parseDouble(LOW) : low;
            kind = "--low " + threshold;
            found = review.nextLowConfidence(text, after, threshold);
        }
        if (found.isEmpty()) {
            return "No such pair after pair " + after + " in '" + text + "'." + (after > 0 ? " From the top: next "
                    + Quoting.arg(text) + " " + kind : "");
        }
        int number = found.getAsInt();
        return render(review.around(text, number, 1)) + "Pair " + number + ". Then: next " + Quoting.arg(text) + " "
                + kind + " --after " + number;
    }

    @ShellMethod(key = "search", group = "Review", value = "Find pairs whose text contains QUERY (any case, ё = е), or matches it with --regex.")
    String search(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                  @ShellOption(value = "--query", help = "words to look for") String query,
                  @ShellOption(value = "--regex", defaultValue = "false", help = "QUERY is a regular expression") boolean regex,
                  @ShellOption(value = "--side", defaultValue = "both", help = "source, target (or their language codes) or both") String side,
                  @ShellOption(value = "--limit", defaultValue = "20", help = "pairs to show at most") int limit) {
        TextInfo info = workbench.getObject().text(text);
        List<AlignedPair> found = review().search(text, query, regex, SideOption.parseSearch(side, info));
        if (found.isEmpty()) {
            return "No pair of '" + text + "' matches " + Quoting.arg(query) + ".";
        }
        List<AlignedPair> shown = found.subList(0, Math.min(found.size(), Math.max(limit, 1)));
        return render(shown) + String.format(Locale.ROOT, "%s%s.", found.size() == 1 ? "1 pair matches" : found.size() + " pairs match",
                shown.size() < found.size() ? "; the first " + shown.size() + " shown (--limit)" : "");
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

    @ShellMethod(key = "status", group = "Review", value = "How far the review has come: confirmed, automatic and low-confidence pairs per text.")
    String status(@ShellOption(value = "--text", defaultValue = ShellOption.NULL, valueProvider = TextNameValues.class,
                          help = "one text (default: all)") String text,
                  @ShellOption(value = "--low", defaultValue = LOW, help = "confidence below which a pair counts as low") double low) {
        List<String> names = text == null ? workbench.getObject().texts().stream().map(TextInfo::name).toList() : List.of(text);
        if (names.isEmpty()) {
            return "No texts yet. Import one: import --source talks.en.html --target talks.ru.docx";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %7s %9s %9s %9s %9s%n",
                "NAME", "PAIRS", "CONFIRMED", "AUTOMATIC", "LOW<" + low, "REVIEWED"));
        for (String name : names) {
            ReviewStatus s = review().status(name, low);
            out.append(String.format(Locale.ROOT, "%-24s %7d %9d %9d %9d %8.1f%%%n", name, s.pairs(), s.confirmed(),
                    s.automatic(), s.lowConfidence(), s.percentReviewed()));
        }
        return out.toString().stripTrailing();
    }

    private String edited(String text, EditOutcome outcome) {
        String head = Character.toUpperCase(outcome.description().charAt(0)) + outcome.description().substring(1) + ".\n";
        if (workbench.getObject().text(text).pairs() == 0) {
            return head.strip();
        }
        return head + render(review().range(text, outcome.firstPair(), outcome.lastPair())).stripTrailing();
    }

    private String render(List<AlignedPair> pairs) {
        return new SideBySide(terminal.width()).render(pairs);
    }

    private Review review() {
        return new Review(workbench.getObject());
    }

    private Corrections corrections() {
        return new Corrections(workbench.getObject());
    }
}
