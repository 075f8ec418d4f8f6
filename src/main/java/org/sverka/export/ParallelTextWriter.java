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
import java.util.regex.Pattern;
import org.sverka.model.AlignedPair;

/**
 * Streams aligned pairs as two UTF-8 plain-text files with one segment a line, line n of one the
 * translation of line n of the other: the input format of Moses, fast_align and most MT tools. The files
 * are {@code <base>.<source tag>} and {@code <base>.<target tag>}, e.g. {@code karenina.en} and
 * {@code karenina.ru}.
 * <p>
 * A line cannot hold a line break, so every line break (CR, LF, CRLF, U+0085, U+2028, U+2029) inside a
 * segment becomes one space. The missing side of an unpaired pair (written only with
 * {@link ExportOptions#includeUnpaired()}) is an empty line, which keeps the files in step.
 * {@link #close()} closes both streams.
 */
public final class ParallelTextWriter extends FilteringPairWriter {

    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private final Writer source;
    private final Writer target;
    private final String where;

    /** Writes source segments to {@code source} and target segments to {@code target}. */
    public ParallelTextWriter(OutputStream source, OutputStream target, ExportOptions options) {
        this(source, target, options, "the parallel text output");
    }

    /** Writes {@link #fileFor fileFor(base, source)} and {@link #fileFor fileFor(base, target)}. */
    public ParallelTextWriter(Path base, Locale source, Locale target, ExportOptions options) {
        this(openBoth(fileFor(base, source), fileFor(base, target)), options, base + ".*");
    }

    private ParallelTextWriter(OutputStream source, OutputStream target, ExportOptions options, String where) {
        this(new OutputStream[] {source, target}, options, where);
    }

    private ParallelTextWriter(OutputStream[] sourceAndTarget, ExportOptions options, String where) {
        super(options, "parallel text writer for " + where);
        this.source = writer(sourceAndTarget[0]);
        this.target = writer(sourceAndTarget[1]);
        this.where = where;
    }

    /** The file holding the {@code language} side: {@code base} plus "." and the language tag. */
    public static Path fileFor(Path base, Locale language) {
        Path name = Objects.requireNonNull(base.getFileName(), "base has no file name: " + base);
        return base.resolveSibling(name + "." + language.toLanguageTag());
    }

    private static Writer writer(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(Objects.requireNonNull(out), StandardCharsets.UTF_8),
                1 << 16);
    }

    private static OutputStream[] openBoth(Path sourceFile, Path targetFile) {
        OutputStream source = ExportFiles.create(sourceFile, "file");
        try {
            return new OutputStream[] {source, ExportFiles.create(targetFile, "file")};
        } catch (ExportException e) {
            try {
                source.close();
            } catch (IOException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    @Override
    void writeAccepted(AlignedPair pair) {
        try {
            source.write(oneLine(pair.sourceText()));
            source.write('\n');
            target.write(oneLine(pair.targetText()));
            target.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }

    @Override
    void finish() {
        try (Writer s = source; Writer t = target) {
            s.flush();
            t.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private ExportException failure(IOException e) {
        return new ExportException("cannot write " + where + ": " + e.getMessage()
                + "; check free disk space and permissions, then export again", e);
    }
}
