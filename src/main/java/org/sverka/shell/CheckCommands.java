package org.sverka.shell;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jline.terminal.Terminal;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.check.Severity;
import org.sverka.store.TextInfo;
import org.sverka.workbench.CheckOutcome;
import org.sverka.workbench.CheckRequest;
import org.sverka.workbench.FileOutcome;
import org.sverka.workbench.FindingFilter;
import org.sverka.workbench.ListedFinding;
import org.sverka.workbench.TextChecks;
import org.sverka.workbench.TextFindings;
import org.sverka.workbench.Workbench;

/** Translation checks: run them, list and dismiss findings, write the HTML report and the CSV. */
@ShellComponent
class CheckCommands {
    private static final String TEXT_HELP = "the text's name";

    private final ObjectProvider<Workbench> workbench;
    private final ObjectProvider<TextChecks> checks;
    private final ObjectProvider<TextFindings> findings;
    private final Terminal terminal;
    private final TerminalSize size;

    CheckCommands(ObjectProvider<Workbench> workbench, ObjectProvider<TextChecks> checks,
                  ObjectProvider<TextFindings> findings, Terminal terminal, TerminalSize size) {
        this.workbench = workbench;
        this.checks = checks;
        this.findings = findings;
        this.terminal = terminal;
        this.size = size;
    }

    @ShellMethod(key = "check", group = "Checks", value = "Run the translation checks over every pair of an aligned text and "
            + "store the findings (numbers, dates, names, omissions, untranslated text, form, glossary, consistency).")
    String check(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                 @ShellOption(value = "--only", defaultValue = ShellOption.NULL, valueProvider = CheckIdValues.class, help = "only these checks, e.g. NUMBERS,DATES") String only,
                 @ShellOption(value = "--glossary", defaultValue = ShellOption.NULL, help = "term list: CSV (English term, Russian term) or TBX (.tbx)") String glossary,
                 @ShellOption(value = "--dictionary", defaultValue = ShellOption.NULL,
                         help = "bilingual word list (.dic, TSV or dictd .index): LENGTH_RATIO then names the source words a translation dropped") String dictionary) {
        CheckRequest request = new CheckRequest().withOnly(only == null ? List.of() : split(only));
        if (glossary != null) {
            request = request.withGlossary(FileOption.path("--glossary", glossary));
        }
        if (dictionary != null) {
            request = request.withDictionary(FileOption.path("--dictionary", dictionary));
        }
        ConsoleProgress progress = ConsoleProgress.onStandardError();
        CheckOutcome outcome = checks.getObject().check(text, request, progress);
        progress.finish();
        return text().summary(outcome);
    }

    @ShellMethod(key = "findings", group = "Checks", value = "List a text's findings, numbered and grouped by severity, "
            + "with excerpts of both sides.")
    String findings(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                    @ShellOption(value = "--check", defaultValue = ShellOption.NULL, valueProvider = CheckIdValues.class, help = "only this check, e.g. NUMBERS") String check,
                    @ShellOption(value = "--severity", defaultValue = ShellOption.NULL, help = "only error, warning or info") String severity,
                    @ShellOption(value = "--all", defaultValue = "false", help = "include dismissed findings") boolean all) {
        FindingFilter filter = new FindingFilter();
        if (check != null) {
            filter = filter.withCheck(checks.getObject().requireCheckId(check));
        }
        if (severity != null) {
            filter = filter.withSeverity(severity(severity));
        }
        if (all) {
            filter = filter.withDismissed();
        }
        List<ListedFinding> listed = findings.getObject().list(text, filter);
        TextInfo info = workbench.getObject().text(text);
        String name = Quoting.arg(text);
        if (listed.isEmpty()) {
            return "No " + (all ? "" : "open ") + "findings" + (check == null && severity == null ? "" : " of that kind")
                    + " for '" + text + "'. (Checks not run yet? check " + name + ")";
        }
        return text().list(listed, info.sourceLanguage(), info.targetLanguage())
                + listed.size() + (listed.size() == 1 ? " finding" : " findings") + ". Dismiss one: dismiss " + name + " --finding N";
    }

    @ShellMethod(key = "dismiss", group = "Checks", value = "Dismiss a finding that is not a real problem; it stays hidden "
            + "when checks run again, unless the pair's text changes.")
    String dismiss(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                   @ShellOption(value = "--finding", defaultValue = ShellOption.NULL, help = "the number 'findings' shows") Integer finding,
                   @ShellOption(value = "--signature", defaultValue = ShellOption.NULL, help = "or the finding's signature (6 or more hex digits)") String signature) {
        TextFindings.Dismissal done = select(finding, signature)
                ? findings.getObject().dismiss(text, finding) : findings.getObject().dismiss(text, signature);
        return describe(done, done.changed() ? "Dismissed" : "Already dismissed:")
                + (done.changed() ? ". Undo: restore " + Quoting.arg(text) + " --finding " + done.finding().number() : "");
    }

    @ShellMethod(key = "restore", group = "Checks", value = "Show a dismissed finding again.")
    String restore(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                   @ShellOption(value = "--finding", defaultValue = ShellOption.NULL, help = "the number 'findings --all' shows") Integer finding,
                   @ShellOption(value = "--signature", defaultValue = ShellOption.NULL, help = "or the finding's signature") String signature) {
        TextFindings.Dismissal done = select(finding, signature)
                ? findings.getObject().restore(text, finding) : findings.getObject().restore(text, signature);
        return describe(done, done.changed() ? "Restored" : "Was not dismissed:");
    }

    @ShellMethod(key = "report", group = "Checks", value = "Write a self-contained HTML report: pairs with findings side by side, "
            + "the spans concerned highlighted.")
    String report(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                  @ShellOption(value = "--output", defaultValue = ShellOption.NULL, help = "HTML file (default alignments/<name>.findings.html)") String output,
                  @ShellOption(value = "--all", defaultValue = "false", help = "include dismissed findings") boolean all) {
        FileOutcome outcome = findings.getObject().report(text, output(output), all);
        return String.format(Locale.ROOT, "Wrote the report of '%s' (%d findings) to %s", text, outcome.findings(), outcome.file());
    }

    @ShellMethod(key = "export-findings", group = "Checks", value = "Export a text's findings as CSV (UTF-8 with BOM): pair, check, "
            + "severity, source text, target text, message.")
    String exportFindings(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = TEXT_HELP) String text,
                          @ShellOption(value = "--output", defaultValue = ShellOption.NULL, help = "CSV file (default alignments/<name>.findings.csv)") String output,
                          @ShellOption(value = "--all", defaultValue = "false", help = "include dismissed findings") boolean all) {
        FileOutcome outcome = findings.getObject().exportCsv(text, output(output), all);
        return String.format(Locale.ROOT, "Exported %d findings of '%s' to %s", outcome.findings(), text, outcome.file());
    }

    private FindingsText text() {
        return new FindingsText(SeverityColours.forTerminal(terminal), size.width());
    }

    private static String describe(TextFindings.Dismissal done, String verb) {
        ListedFinding f = done.finding();
        return String.format(Locale.ROOT, "%s finding %d (pair %d, %s: %s)", verb, f.number(), f.record().pairNumber(),
                f.record().checkId(), f.record().message());
    }

    /** True for --finding, false for --signature; exactly one must be given. */
    private static boolean select(Integer finding, String signature) {
        if ((finding == null) == (signature == null)) {
            throw new SverkaException("Give either --finding N (the number 'findings' shows) or --signature HEX.");
        }
        return finding != null;
    }

    private static Optional<Path> output(String output) {
        return output == null ? Optional.empty() : Optional.of(FileOption.path("--output", output));
    }

    static List<String> split(String ids) {
        List<String> list = Arrays.stream(ids.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        if (list.isEmpty()) {
            throw new SverkaException("--only needs check names, e.g. --only NUMBERS,DATES.");
        }
        return list;
    }

    static Severity severity(String value) {
        return Arrays.stream(Severity.values()).filter(s -> s.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new SverkaException("Unknown severity '" + value + "': use "
                        + Arrays.stream(Severity.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", ")) + "."));
    }
}
