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
import org.sverka.workbench.Review;
import org.sverka.workbench.Workbench;

/** Walking through a text's pairs: around a number, the next one needing review, a search, and the review status. */
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
        String sought;
        OptionalInt found;
        if (unconfirmed) {
            kind = "--unconfirmed";
            sought = "No unconfirmed pair";
            found = review.nextUnconfirmed(text, after);
        } else if (finding) {
            kind = "--finding";
            sought = "No pair with an open finding";
            found = review.nextWithFinding(text, after);
        } else {
            double threshold = low == null ? Double.parseDouble(LOW) : low;
            kind = "--low " + threshold;
            sought = "No pair with confidence below " + threshold;
            found = review.nextLowConfidence(text, after, threshold);
        }
        if (found.isEmpty()) {
            return nothingFound(sought, text, after, kind);
        }
        int number = found.getAsInt();
        return render(review.around(text, number, 1)) + "Pair " + number + ". Then: next " + Quoting.arg(text) + " "
                + kind + " --after " + number;
    }

    static String nothingFound(String sought, String text, int after, String kind) {
        return after > 0
                ? sought + " after pair " + after + " in '" + text + "'. From the top: next " + Quoting.arg(text) + " " + kind
                : sought + " in '" + text + "'.";
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

    private String render(List<AlignedPair> pairs) {
        return new SideBySide(terminal.width()).render(pairs);
    }

    private Review review() {
        return new Review(workbench.getObject());
    }
}
