package org.sverka.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sverka.SverkaException;

/** Reads and writes the vecalign ladder format: one rung a line, {@code [0, 1]:[2]}, {@code []:[3]}. */
public final class LadderFormat {

    private LadderFormat() {
    }

    public static Ladder read(Path file) {
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new SverkaException("Cannot read alignment file " + file + ": " + e.getMessage()
                    + ". Check that it exists and is readable.", e);
        }
    }

    public static void write(Ladder ladder, Path file) {
        try {
            Files.writeString(file, format(ladder), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot write alignment file " + file + ": " + e.getMessage()
                    + ". Check the folder exists and is writable.", e);
        }
    }

    /** Parses ladder text; {@code where} names the input in error messages. Blank lines are skipped. */
    public static Ladder parse(String text, String where) {
        List<Ladder.Rung> rungs = new ArrayList<>();
        String[] lines = text.split("\r?\n", -1);
        for (int n = 0; n < lines.length; n++) {
            String line = lines[n].strip();
            if (!line.isEmpty()) {
                rungs.add(parseLine(line, where, n + 1));
            }
        }
        return new Ladder(rungs);
    }

    public static String format(Ladder ladder) {
        StringBuilder out = new StringBuilder();
        for (Ladder.Rung rung : ladder.rungs()) {
            out.append(rung.source()).append(':').append(rung.target()).append('\n');
        }
        return out.toString();
    }

    private static Ladder.Rung parseLine(String line, String where, int lineNumber) {
        int colon = line.indexOf("]:[");
        if (!line.startsWith("[") || !line.endsWith("]") || colon < 0) {
            throw malformed(line, where, lineNumber);
        }
        return new Ladder.Rung(indexes(line.substring(1, colon), line, where, lineNumber),
                indexes(line.substring(colon + 3, line.length() - 1), line, where, lineNumber));
    }

    private static List<Integer> indexes(String list, String line, String where, int lineNumber) {
        List<Integer> result = new ArrayList<>();
        if (list.isBlank()) {
            return result;
        }
        for (String item : list.split(",")) {
            try {
                int index = Integer.parseInt(item.strip());
                if (index < 0) {
                    throw malformed(line, where, lineNumber);
                }
                result.add(index);
            } catch (NumberFormatException e) {
                throw new SverkaException(message(line, where, lineNumber), e);
            }
        }
        return result;
    }

    private static SverkaException malformed(String line, String where, int lineNumber) {
        return new SverkaException(message(line, where, lineNumber));
    }

    private static String message(String line, String where, int lineNumber) {
        return "Malformed alignment line " + lineNumber + " in " + where + ": '" + line
                + "'. Expected 0-based index lists like [0, 1]:[2] or []:[3].";
    }
}
