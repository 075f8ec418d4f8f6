package org.sverka.review;

import java.util.Objects;

/**
 * A reviewer's correction of one sentence's text (a typo, a character lost in conversion), kept in the
 * edit history beside the {@link BeadChange}s. {@link #encode()} gives one line,
 * {@code s1|source|12|before|after}, with '\', '|', line feed and carriage return escaped.
 */
public record SentenceTextChange(Side side, int sentence, String before, String after) {
    static final String VERSION = "s1";

    public SentenceTextChange {
        Objects.requireNonNull(side, "side");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        if (sentence < 0) {
            throw new IllegalArgumentException("sentence must be >= 0: " + sentence);
        }
    }

    /**
     * The change a reviewer asked for, or a refusal: the new text must have a visible character, hold no
     * line break (a sentence is one line in every export) and differ from the old one.
     */
    public static SentenceTextChange of(Side side, int sentence, String before, String after) {
        String what = side.word() + " sentence " + sentence;
        if (after.isBlank()) {
            throw new ReviewRefusedException("The new text of " + what + " is empty: give its corrected text"
                    + " (to drop a sentence, detach it into a pair of its own).");
        }
        if (after.indexOf('\n') >= 0 || after.indexOf('\r') >= 0) {
            throw new ReviewRefusedException("The new text of " + what + " has a line break: a sentence is one line;"
                    + " give it without line breaks.");
        }
        if (after.equals(before)) {
            throw new ReviewRefusedException("The " + what + " already reads \"" + before + "\": nothing to change.");
        }
        return new SentenceTextChange(side, sentence, before, after);
    }

    /** "edit source sentence 12", for history listings and messages. */
    public String description() {
        return "edit " + side.word() + " sentence " + sentence;
    }

    /** The change that takes this one back. */
    public SentenceTextChange inverse() {
        return new SentenceTextChange(side, sentence, after, before);
    }

    public String encode() {
        return VERSION + '|' + side.word() + '|' + sentence + '|' + HistoryText.escapeField(before) + '|' + HistoryText.escapeField(after);
    }

    /** Whether {@code line} was written by {@link #encode()} (rather than by {@link BeadChange#encode()}). */
    public static boolean isEncoded(String line) {
        return line.startsWith(VERSION + "|");
    }

    /** Reads a line written by {@link #encode()}; throws {@link UnreadableChangeException} on anything else. */
    public static SentenceTextChange decode(String line) {
        String[] fields = line.split("\\|", -1);
        if (fields.length != 5 || !fields[0].equals(VERSION)
                || !(fields[1].equals(Side.SOURCE.word()) || fields[1].equals(Side.TARGET.word()))) {
            throw unreadable(line, "expected " + VERSION + "|source or target|sentence|before|after");
        }
        try {
            Side side = fields[1].equals(Side.SOURCE.word()) ? Side.SOURCE : Side.TARGET;
            return new SentenceTextChange(side, Integer.parseInt(fields[2]), HistoryText.unescape(fields[3]),
                    HistoryText.unescape(fields[4]));
        } catch (IllegalArgumentException bad) {
            throw unreadable(line, bad.getMessage());
        }
    }

    private static UnreadableChangeException unreadable(String line, String why) {
        String shown = line.length() > 120 ? line.substring(0, 120) + "..." : line;
        return new UnreadableChangeException("Stored edit \"" + shown + "\" cannot be read (" + why
                + "): the edit history is damaged; clear it to go on editing.", null);
    }
}
