package org.sverka.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes findings as CSV (RFC 4180: comma-separated, CRLF line ends, fields with commas, quotes or
 * line breaks in double quotes, quotes doubled). Callers writing a file should use UTF-8 with a BOM
 * ({@link #BOM}) so that spreadsheet programs read the Cyrillic correctly.
 * Columns: pair, check, severity, source, target, message.
 */
public final class CsvFindingsWriter {
    public static final char BOM = '\uFEFF';
    private static final String HEADER = "pair,check,severity,source,target,message";

    public void write(List<Finding> findings, Writer out) {
        try {
            out.write(BOM);
            out.write(HEADER + "\r\n");
            for (Finding f : findings) {
                out.write(String.join(",", String.valueOf(f.pairNumber()), field(f.checkId()), field(f.severity().name()),
                        field(f.sourceText()), field(f.targetText()), field(f.message())));
                out.write("\r\n");
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the findings CSV", e);
        }
    }

    static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
