package org.sverka.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sverka.check.Severity;
import org.sverka.store.FindingRecord;
import org.sverka.workbench.CheckOutcome;
import org.sverka.workbench.ListedFinding;

/** Renders check results for the terminal: a summary by severity, and numbered findings with excerpts. */
final class FindingsText {
    private static final int CONTEXT_BEFORE = 20;

    private final SeverityColours colours;
    private final int width;

    FindingsText(SeverityColours colours, int terminalWidth) {
        this.colours = colours;
        this.width = Math.max(terminalWidth, 60);
    }

    /** One line per severity with its count and the counts per check. */
    String summary(CheckOutcome outcome) {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "Checked '%s': %d pairs, %d %s.%n",
                outcome.text().name(), outcome.pairs(), outcome.checks().size(), outcome.checks().size() == 1 ? "check" : "checks"));
        for (Map.Entry<Severity, Map<String, Integer>> entry : outcome.counts().entrySet()) {
            Severity s = entry.getKey();
            Map<String, Integer> byCheck = entry.getValue();
            int total = byCheck.values().stream().mapToInt(Integer::intValue).sum();
            StringBuilder checks = new StringBuilder();
            byCheck.forEach((id, n) -> checks.append(checks.length() == 0 ? "" : ", ").append(id).append(' ').append(n));
            out.append("  ").append(colours.paint(s, String.format(Locale.ROOT, "%-8s", s.name())))
                    .append(String.format(Locale.ROOT, "%5d", total)).append(checks.length() == 0 ? "" : "  " + checks).append('\n');
        }
        String name = Quoting.arg(outcome.text().name());
        // When only some checks ran, the counts are theirs alone: say so, so "no open findings" is not read as a clean text.
        String from = outcome.kept() > 0 ? " from " + String.join(", ", outcome.checks()) : "";
        out.append(outcome.open().isEmpty() ? "No open findings" + from + "."
                : outcome.open().size() + (outcome.open().size() == 1 ? " open finding" : " open findings") + from
                + ". List them: findings " + name);
        if (outcome.dismissed() > 0) {
            out.append(String.format(Locale.ROOT, "%n%d dismissed earlier and still hidden (findings %s --all).", outcome.dismissed(), name));
        }
        if (outcome.kept() > 0) {
            out.append(String.format(Locale.ROOT, "%n%d %s of the other checks, kept from the last run: findings %s",
                    outcome.kept(), outcome.kept() == 1 ? "finding" : "findings", name));
        }
        return out.toString();
    }

    /** Numbered findings grouped under their severity, each with the check, message and both sides' excerpts. */
    String list(List<ListedFinding> findings, Locale source, Locale target) {
        StringBuilder out = new StringBuilder();
        Severity group = null;
        String sourceLabel = source.toLanguageTag() + ": ";
        String targetLabel = target.toLanguageTag() + ": ";
        int excerptWidth = width - 8 - sourceLabel.length();
        for (ListedFinding f : findings) {
            if (f.severity() != group) {
                group = f.severity();
                final Severity current = group;
                long n = findings.stream().filter(x -> x.severity() == current).count();
                out.append(colours.paint(group, group.name() + " (" + n + ")")).append('\n');
            }
            FindingRecord r = f.record();
            out.append(String.format(Locale.ROOT, "%5d  pair %-5d %-16s %s%s%s%n", f.number(), r.pairNumber(), r.checkId(),
                    r.message(), f.dismissed() ? "  [dismissed]" : "",
                    f.current() ? "" : "  (the pair changed since the check ran: run check again)"));
            out.append("       ").append(sourceLabel).append(excerpt(f.sourceText(), r.sourceSpans(), excerptWidth)).append('\n');
            out.append("       ").append(targetLabel).append(excerpt(f.targetText(), r.targetSpans(), excerptWidth)).append('\n');
        }
        return out.toString();
    }

    /** About {@code room} characters of the text around its first marked range, that range marked. */
    String excerpt(String text, List<FindingRecord.Range> ranges, int room) {
        String flat = text.replaceAll("\\s", " ");
        if (flat.isBlank()) {
            return "(nothing)";
        }
        int markStart = ranges.isEmpty() ? 0 : Math.min(ranges.get(0).start(), flat.length());
        int markEnd = ranges.isEmpty() ? 0 : Math.min(ranges.get(0).end(), flat.length());
        boolean whole = markStart == 0 && markEnd >= flat.length();
        if (whole) {
            markEnd = 0; // a finding about the whole sentence needs no mark
        }
        int from = Math.max(0, Math.min(markStart - CONTEXT_BEFORE, flat.length() - room));
        int to = Math.min(flat.length(), from + Math.max(room, markEnd - markStart + 1));
        StringBuilder out = new StringBuilder(from > 0 ? "…" : "");
        if (markEnd > markStart && markStart >= from) {
            int end = Math.min(markEnd, to);
            out.append(flat, from, markStart).append(colours.mark(flat.substring(markStart, end))).append(flat, end, to);
        } else {
            out.append(flat, from, to);
        }
        return out.append(to < flat.length() ? "…" : "").toString();
    }
}
