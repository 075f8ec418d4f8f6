package org.sverka.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import org.sverka.model.AlignedPair;

/**
 * Streams aligned pairs as UTF-8 tab-separated values, one pair a line, after a header line:
 * {@code number type confidence status source target} (tab-separated; confidence with two decimals,
 * status "automatic" or "confirmed").
 * <p>
 * Text is escaped, so that every pair stays on one line and nothing is lost: a backslash becomes
 * {@code \\}, a tab {@code \t}, a line feed {@code \n} and a carriage return {@code \r} (the
 * convention of PostgreSQL's COPY text format and of "linear TSV"). Text without these characters is
 * written as it is. Characters XML forbids are kept: TSV has no such rule.
 * {@link #close()} closes the stream.
 */
public final class TsvWriter extends FilteringPairWriter {

    static final String HEADER = "number\ttype\tconfidence\tstatus\tsource\ttarget";

    private final Writer out;
    private final String where;

    /** Writes to {@code out}, which {@link #close()} closes. */
    public TsvWriter(OutputStream out, ExportOptions options) {
        this(out, options, "the TSV output");
    }

    /** Writes to {@code file}, replacing it if it exists. */
    public TsvWriter(Path file, ExportOptions options) {
        this(ExportFiles.create(file, "TSV file"), options, file.toString());
    }

    private TsvWriter(OutputStream out, ExportOptions options, String where) {
        super(options, "TSV writer for " + where);
        this.out = new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out, "out"),
                StandardCharsets.UTF_8), 1 << 16);
        this.where = where;
        writeLine(HEADER);
    }

    @Override
    void writeAccepted(AlignedPair pair) {
        writeLine(pair.number() + "\t" + pair.type() + "\t"
                + String.format(Locale.ROOT, "%.2f", pair.confidence()) + "\t"
                + pair.bead().status().name().toLowerCase(Locale.ROOT) + "\t"
                + escape(pair.sourceText()) + "\t" + escape(pair.targetText()));
    }

    /** {@code text} with backslash, tab, line feed and carriage return escaped as described above. */
    static String escape(String text) {
        StringBuilder escaped = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '\\' -> "\\\\";
                case '\t' -> "\\t";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                default -> null;
            };
            if (replacement != null && escaped == null) {
                escaped = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (escaped != null) {
                if (replacement != null) {
                    escaped.append(replacement);
                } else {
                    escaped.append(c);
                }
            }
        }
        return escaped == null ? text : escaped.toString();
    }

    private void writeLine(String line) {
        try {
            out.write(line);
            out.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    @Override
    void finish() {
        try {
            out.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private ExportException failure(IOException e) {
        return new ExportException("cannot write TSV to " + where + ": " + e.getMessage()
                + "; check free disk space and permissions, then export again", e);
    }
}
