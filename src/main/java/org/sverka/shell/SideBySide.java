package org.sverka.shell;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sverka.model.AlignedPair;

/**
 * Lays out aligned pairs in two columns, wrapped at word boundaries to the terminal width, with the pair
 * number, type, confidence and status in a narrow first column.
 */
final class SideBySide {
    private static final int INFO_WIDTH = 18;
    private static final String GAP = " │ ";

    private final int columnWidth;

    SideBySide(int terminalWidth) {
        int usable = Math.max(terminalWidth, 60) - INFO_WIDTH - 2 * GAP.length();
        this.columnWidth = Math.max(usable / 2, 15);
    }

    String render(List<AlignedPair> pairs) {
        StringBuilder out = new StringBuilder();
        for (AlignedPair pair : pairs) {
            List<String> left = wrap(pair.sourceText(), columnWidth);
            List<String> right = wrap(pair.targetText(), columnWidth);
            List<String> info = info(pair);
            int lines = Math.max(Math.max(left.size(), right.size()), info.size());
            for (int i = 0; i < lines; i++) {
                out.append(pad(i < info.size() ? info.get(i) : "", INFO_WIDTH)).append(GAP)
                        .append(pad(i < left.size() ? left.get(i) : "", columnWidth)).append(GAP)
                        .append(i < right.size() ? right.get(i) : "").append('\n');
            }
            out.append("─".repeat(INFO_WIDTH + 2 * columnWidth + 2 * GAP.length())).append('\n');
        }
        return out.toString();
    }

    /** Number, type, confidence, status, and the sentence numbers that move, detach and edit-sentence take. */
    static List<String> info(AlignedPair pair) {
        List<String> info = new ArrayList<>(List.of(String.format(Locale.ROOT, "#%d", pair.number()),
                String.format(Locale.ROOT, "%s  %.2f%s", pair.type(), pair.confidence(), pair.isConfirmed() ? " ✓" : "")));
        String source = "src " + sentences(pair.bead().sourceStart(), pair.bead().sourceCount());
        String target = "tgt " + sentences(pair.bead().targetStart(), pair.bead().targetCount());
        if (source.length() + 2 + target.length() <= INFO_WIDTH) {
            info.add(source + "  " + target);
        } else {
            info.add(source);
            info.add(target);
        }
        return info;
    }

    private static String sentences(int start, int count) {
        return count == 0 ? "-" : count == 1 ? Integer.toString(start) : start + "-" + (start + count - 1);
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lineWidth = 0;
        for (String word : text.strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = DisplayWidth.of(word);
            if (lineWidth > 0 && lineWidth + 1 + w > width) {
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
            }
            while (w > width) { // a word longer than the column is cut
                int cut = cutAt(word, width - lineWidth - (lineWidth > 0 ? 1 : 0));
                if (lineWidth > 0) {
                    line.append(' ');
                }
                line.append(word, 0, cut);
                lines.add(line.toString());
                line.setLength(0);
                lineWidth = 0;
                word = word.substring(cut);
                w = DisplayWidth.of(word);
            }
            if (lineWidth > 0) {
                line.append(' ');
                lineWidth++;
            }
            line.append(word);
            lineWidth += w;
        }
        if (lineWidth > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static int cutAt(String word, int width) {
        int used = 0;
        int i = 0;
        while (i < word.length()) {
            int cp = word.codePointAt(i);
            int w = DisplayWidth.of(cp);
            if (used + w > Math.max(width, 1)) {
                break;
            }
            used += w;
            i += Character.charCount(cp);
        }
        return Math.max(i, Character.charCount(word.codePointAt(0)));
    }

    private static String pad(String text, int width) {
        int missing = width - DisplayWidth.of(text);
        return missing > 0 ? text + " ".repeat(missing) : text;
    }
}
