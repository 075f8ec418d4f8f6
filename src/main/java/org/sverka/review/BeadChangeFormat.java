package org.sverka.review;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

import org.sverka.model.Bead;

/**
 * The line format of a {@link BeadChange}: {@code b1|fromIndex|before|after|description}. A bead is
 * {@code sourceStart+sourceCount:targetStart+targetCount:confidence:A|C}, beads are joined by ';'.
 * The description comes last, so it may hold '|'; backslash, line feed and carriage return are escaped.
 * Confidence is written with {@link Double#toString}, which reads back to the identical double.
 */
final class BeadChangeFormat {
    static final String VERSION = "b1";

    private BeadChangeFormat() {
    }

    static String encode(BeadChange change) {
        return VERSION + '|' + change.fromIndex() + '|' + beads(change.before()) + '|' + beads(change.after())
                + '|' + HistoryText.escapeLastField(change.description());
    }

    static BeadChange decode(String line) {
        String[] fields = line.split("\\|", 5);
        if (fields.length != 5 || !fields[0].equals(VERSION)) {
            throw unreadable(line, "expected " + VERSION + "|fromIndex|before|after|description", null);
        }
        try {
            return new BeadChange(HistoryText.unescape(fields[4]), Integer.parseInt(fields[1]),
                    parseBeads(fields[2], line), parseBeads(fields[3], line));
        } catch (IllegalArgumentException bad) {
            throw unreadable(line, bad.getMessage(), bad);
        }
    }

    private static String beads(List<Bead> beads) {
        StringJoiner joined = new StringJoiner(";");
        for (Bead bead : beads) {
            joined.add(bead.sourceStart() + "+" + bead.sourceCount() + ":" + bead.targetStart() + "+"
                    + bead.targetCount() + ":" + bead.confidence() + ":" + (bead.isConfirmed() ? 'C' : 'A'));
        }
        return joined.toString();
    }

    private static List<Bead> parseBeads(String field, String line) {
        List<Bead> beads = new ArrayList<>();
        if (field.isEmpty()) {
            return beads;
        }
        for (String text : field.split(";", -1)) {
            String[] parts = text.split(":", -1);
            if (parts.length != 4 || !(parts[3].equals("A") || parts[3].equals("C"))) {
                throw unreadable(line, "bad bead \"" + text + "\"", null);
            }
            int[] source = span(parts[0], line);
            int[] target = span(parts[1], line);
            beads.add(new Bead(source[0], source[1], target[0], target[1], Double.parseDouble(parts[2]),
                    parts[3].equals("C") ? Bead.Status.CONFIRMED : Bead.Status.AUTOMATIC));
        }
        return beads;
    }

    private static int[] span(String text, String line) {
        String[] parts = text.split("\\+", -1);
        if (parts.length != 2) {
            throw unreadable(line, "bad span \"" + text + "\"", null);
        }
        return new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])};
    }

    private static UnreadableChangeException unreadable(String line, String why, Throwable cause) {
        String shown = line.length() > 120 ? line.substring(0, 120) + "..." : line;
        return new UnreadableChangeException("Stored edit \"" + shown + "\" cannot be read (" + why
                + "): the edit history is damaged; clear it to go on editing.", cause);
    }
}
