package org.sverka.workbench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.sverka.SverkaException;
import org.sverka.check.CheckedPair;
import org.sverka.check.CsvFindingsWriter;
import org.sverka.check.Finding;
import org.sverka.check.HtmlReportWriter;
import org.sverka.store.FindingRecord;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;

/**
 * The stored findings of a text as a reviewer works with them: numbered, listed, dismissed and restored,
 * written as an HTML report or a CSV file. Numbers follow severity, then pair, over all findings of the last
 * run (dismissed ones included), so that a number stays valid whatever the filter until checks run again.
 */
public final class TextFindings {
    private static final int MIN_SIGNATURE_PREFIX = 6;

    private final Workbench workbench;

    public TextFindings(Workbench workbench) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
    }

    /** The findings that pass the filter, numbered, most severe first. */
    public List<ListedFinding> list(String name, FindingFilter filter) {
        Objects.requireNonNull(filter, "filter");
        return numbered(workbench.requireAligned(name)).stream().filter(filter::accepts).toList();
    }

    /** Dismisses finding {@code number} (as listed); the result tells whether it was open until now. */
    public Dismissal dismiss(String name, int number) {
        return dismissal(name, byNumber(name, number), true);
    }

    /** Dismisses the finding whose signature is, or starts with, {@code signature}. */
    public Dismissal dismiss(String name, String signature) {
        return dismissal(name, bySignature(name, signature), true);
    }

    public Dismissal restore(String name, int number) {
        return dismissal(name, byNumber(name, number), false);
    }

    public Dismissal restore(String name, String signature) {
        return dismissal(name, bySignature(name, signature), false);
    }

    /** A dismissal or restoration: the finding concerned and whether anything changed. */
    public record Dismissal(ListedFinding finding, boolean changed) {
    }

    /** Writes the self-contained HTML report of the open findings (all with {@code includeDismissed}). */
    public FileOutcome report(String name, Optional<Path> output, boolean includeDismissed) {
        TextInfo text = workbench.requireAligned(name);
        List<Finding> findings = findings(text, includeDismissed);
        List<CheckedPair> pairs = TextChecks.pairs(workbench.store(), text);
        String title = "sverka findings: " + text.name() + " (" + text.sourceLanguage().toLanguageTag() + " → "
                + text.targetLanguage().toLanguageTag() + ")";
        Path file = FindingFiles.write(output.orElse(FindingFiles.defaultOutput(text, ".findings.html")), text,
                ".findings.html", out -> new HtmlReportWriter().write(title, pairs, findings, out));
        return new FileOutcome(file, findings.size());
    }

    /** Writes the open findings (all with {@code includeDismissed}) as CSV with both pair texts. */
    public FileOutcome exportCsv(String name, Optional<Path> output, boolean includeDismissed) {
        TextInfo text = workbench.requireAligned(name);
        List<Finding> findings = findings(text, includeDismissed);
        Path file = FindingFiles.write(output.orElse(FindingFiles.defaultOutput(text, ".findings.csv")), text,
                ".findings.csv", out -> new CsvFindingsWriter().write(findings, out));
        return new FileOutcome(file, findings.size());
    }

    private List<Finding> findings(TextInfo text, boolean includeDismissed) {
        return numbered(text).stream().filter(f -> includeDismissed || !f.dismissed())
                .sorted(Comparator.comparingInt((ListedFinding f) -> f.record().pairNumber()))
                .map(f -> StoredFindings.finding(f.record(), f.sourceText(), f.targetText())).toList();
    }

    private Dismissal dismissal(String name, ListedFinding finding, boolean dismiss) {
        Store store = workbench.store();
        long textId = workbench.text(name).id();
        String signature = finding.record().signature();
        boolean changed = dismiss ? store.findings().dismiss(textId, signature) : store.findings().restore(textId, signature);
        return new Dismissal(new ListedFinding(finding.number(), finding.record(), finding.sourceText(), finding.targetText(),
                dismiss, finding.current()), changed);
    }

    private ListedFinding byNumber(String name, int number) {
        List<ListedFinding> all = numbered(workbench.requireAligned(name));
        if (number < 1 || number > all.size()) {
            throw new SverkaException(all.isEmpty()
                    ? "Text '" + name + "' has no stored findings: run 'check " + name + "' first."
                    : "Text '" + name + "' has findings 1 to " + all.size() + "; there is no finding " + number
                            + ". List them with 'findings " + name + " --all'.");
        }
        return all.get(number - 1);
    }

    private ListedFinding bySignature(String name, String signature) {
        String prefix = signature.strip().toLowerCase(Locale.ROOT);
        if (prefix.length() < MIN_SIGNATURE_PREFIX) {
            throw new SverkaException("Give at least " + MIN_SIGNATURE_PREFIX + " characters of the signature, or use --finding N.");
        }
        List<ListedFinding> matching = numbered(workbench.requireAligned(name)).stream()
                .filter(f -> f.record().signature().startsWith(prefix)).toList();
        if (matching.isEmpty()) {
            throw new SverkaException("No finding of text '" + name + "' has the signature " + signature.strip()
                    + ". List them with 'findings " + name + " --all'.");
        }
        if (matching.stream().map(f -> f.record().signature()).distinct().count() > 1) {
            throw new SverkaException("Several findings of text '" + name + "' have signatures starting with " + prefix
                    + ": give more characters.");
        }
        return matching.get(0);
    }

    /** All findings of the last run, numbered from 1, with their pairs' current texts. */
    private List<ListedFinding> numbered(TextInfo text) {
        Store store = workbench.store();
        List<FindingRecord> records = new ArrayList<>(store.findings().all(text.id()));
        records.sort(StoredFindings.BY_SEVERITY);
        Set<String> dismissed = store.findings().dismissed(text.id());
        Map<Integer, String[]> texts = pairTexts(store, text, records);
        List<ListedFinding> listed = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            FindingRecord r = records.get(i);
            String[] pair = texts.get(r.pairNumber());
            boolean exists = pair != null;
            String source = exists ? pair[0] : "";
            String target = exists ? pair[1] : "";
            listed.add(new ListedFinding(i + 1, r, source, target, dismissed.contains(r.signature()),
                    exists && StoredFindings.matches(r, source, target)));
        }
        return listed;
    }

    private static Map<Integer, String[]> pairTexts(Store store, TextInfo text, List<FindingRecord> records) {
        Set<Integer> wanted = new HashSet<>();
        records.forEach(r -> wanted.add(r.pairNumber()));
        Map<Integer, String[]> texts = new HashMap<>();
        if (!wanted.isEmpty()) {
            store.alignments().forEachPair(text.id(), pair -> {
                if (wanted.contains(pair.number())) {
                    texts.put(pair.number(), new String[] {pair.sourceText(), pair.targetText()});
                }
            });
        }
        return texts;
    }
}
