package org.sverka.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a self-contained HTML report: a summary table by check, then every pair with findings side
 * by side, the offending spans in {@code <mark>} coloured by severity. All CSS is inline, everything
 * is escaped, and nothing is loaded from outside the file.
 */
public final class HtmlReportWriter {
    private static final Map<Severity, String> COLOURS = new EnumMap<>(Map.of(
            Severity.ERROR, "#f8b4b4", Severity.WARNING, "#fde68a", Severity.INFO, "#bfdbfe"));
    private static final String CELL = "border:1px solid #ccc;padding:4px 8px;vertical-align:top";

    public void write(String title, List<CheckedPair> pairs, List<Finding> findings, Writer out) {
        try {
            out.write("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>" + escape(title) + "</title></head>\n"
                    + "<body style=\"font-family:sans-serif;margin:2em\">\n<h1>" + escape(title) + "</h1>\n");
            writeSummary(findings, out);
            writePairs(pairs, findings, out);
            out.write("</body></html>\n");
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the HTML report", e);
        }
    }

    private void writeSummary(List<Finding> findings, Writer out) throws IOException {
        Map<String, Map<Severity, Integer>> counts = new TreeMap<>();
        for (Finding f : findings) {
            counts.computeIfAbsent(f.checkId(), k -> new EnumMap<>(Severity.class)).merge(f.severity(), 1, Integer::sum);
        }
        out.write("<table style=\"border-collapse:collapse;margin-bottom:2em\">\n<tr>" + th("check"));
        for (Severity s : Severity.values()) {
            out.write(th(s.name()));
        }
        out.write("</tr>\n");
        for (Map.Entry<String, Map<Severity, Integer>> row : counts.entrySet()) {
            out.write("<tr><td style=\"" + CELL + "\">" + escape(row.getKey()) + "</td>");
            for (Severity s : Severity.values()) {
                out.write("<td style=\"" + CELL + ";text-align:right\">" + row.getValue().getOrDefault(s, 0) + "</td>");
            }
            out.write("</tr>\n");
        }
        out.write("<tr><td style=\"" + CELL + "\"><b>total</b></td><td style=\"" + CELL + ";text-align:right\" colspan=\"3\"><b>"
                + findings.size() + "</b></td></tr>\n</table>\n");
    }

    private void writePairs(List<CheckedPair> pairs, List<Finding> findings, Writer out) throws IOException {
        Map<Integer, List<Finding>> byPair = new LinkedHashMap<>();
        findings.forEach(f -> byPair.computeIfAbsent(f.pairNumber(), k -> new ArrayList<>()).add(f));
        out.write("<table style=\"border-collapse:collapse;width:100%\">\n<tr>" + th("#") + th("source") + th("target") + th("findings") + "</tr>\n");
        for (CheckedPair pair : pairs) {
            List<Finding> here = byPair.getOrDefault(pair.number(), List.of());
            if (here.isEmpty()) {
                continue;
            }
            out.write("<tr><td style=\"" + CELL + "\">" + pair.number() + "</td>");
            out.write("<td style=\"" + CELL + "\">" + marked(pair.sourceText(), here, true) + "</td>");
            out.write("<td style=\"" + CELL + "\">" + marked(pair.targetText(), here, false) + "</td><td style=\"" + CELL + "\">");
            for (Finding f : here) {
                out.write("<div><span style=\"background:" + COLOURS.get(f.severity()) + ";padding:0 4px\">"
                        + f.severity() + "</span> <b>" + escape(f.checkId()) + "</b> " + escape(f.message()) + "</div>");
            }
            out.write("</td></tr>\n");
        }
        out.write("</table>\n");
    }

    /** The text, escaped, with every finding span on this side in a mark of the finding's colour. */
    static String marked(String text, List<Finding> findings, boolean source) {
        record Mark(Span span, Severity severity) { }
        List<Mark> marks = new ArrayList<>();
        for (Finding f : findings) {
            for (Span s : source ? f.sourceSpans() : f.targetSpans()) {
                marks.add(new Mark(s, f.severity()));
            }
        }
        marks.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparing(m -> m.severity()));
        StringBuilder html = new StringBuilder();
        int at = 0;
        for (Mark m : marks) {
            int start = Math.max(at, Math.min(m.span().start(), text.length()));
            int end = Math.min(m.span().end(), text.length());
            if (end <= start) {
                continue;
            }
            html.append(escape(text.substring(at, start)))
                    .append("<mark style=\"background:").append(COLOURS.get(m.severity())).append("\">")
                    .append(escape(text.substring(start, end))).append("</mark>");
            at = end;
        }
        return html.append(escape(text.substring(at))).toString();
    }

    private static String th(String name) {
        return "<th style=\"" + CELL + ";background:#f3f4f6;text-align:left\">" + escape(name) + "</th>";
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
