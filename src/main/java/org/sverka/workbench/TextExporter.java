package org.sverka.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.sverka.SverkaException;
import org.sverka.export.DocxTableWriter;
import org.sverka.export.ExportOptions;
import org.sverka.export.PairWriter;
import org.sverka.export.ParallelTextWriter;
import org.sverka.export.TmxHeader;
import org.sverka.export.TmxWriter;
import org.sverka.export.TsvWriter;
import org.sverka.export.XlsxWriter;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;

/**
 * Streams a stored text's pairs into export files. Each file is written beside its destination under a
 * temporary name and moved into place at the end, so a failed export never leaves a truncated file.
 */
final class TextExporter {
    static final String VERSION = TextExporter.class.getPackage().getImplementationVersion() == null
            ? "dev" : TextExporter.class.getPackage().getImplementationVersion();

    private final Store store;

    TextExporter(Store store) {
        this.store = store;
    }

    /** The default output: alignments/&lt;name&gt;.&lt;ext&gt; under the working directory. */
    static Path defaultOutput(TextInfo text, ExportFormat format) {
        String base = text.name().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return Path.of("alignments", format.extension().isEmpty() ? base : base + "." + format.extension());
    }

    ExportOutcome export(TextInfo text, ExportFormat format, Path output, ExportOptions options) {
        Path destination = output.toAbsolutePath();
        if (Files.isDirectory(destination)) {
            destination = destination.resolve(defaultOutput(text, format).getFileName());
        }
        createParent(destination);
        List<Path> finals = new ArrayList<>();
        List<Path> temps = new ArrayList<>();
        try {
            long written;
            if (format == ExportFormat.TXT) {
                Path src = ParallelTextWriter.fileFor(destination, text.sourceLanguage());
                Path tgt = ParallelTextWriter.fileFor(destination, text.targetLanguage());
                finals.addAll(List.of(src, tgt));
                temps.addAll(List.of(temp(src), temp(tgt)));
                try (OutputStream s = Files.newOutputStream(temps.get(0)); OutputStream t = Files.newOutputStream(temps.get(1));
                     PairWriter writer = new ParallelTextWriter(s, t, options)) {
                    written = writeAll(text, writer);
                }
            } else {
                finals.add(destination);
                temps.add(temp(destination));
                try (OutputStream out = Files.newOutputStream(temps.get(0)); PairWriter writer = writer(format, text, out, options)) {
                    written = writeAll(text, writer);
                }
            }
            for (int i = 0; i < finals.size(); i++) {
                Files.move(temps.get(i), finals.get(i), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            return new ExportOutcome(finals, written);
        } catch (IOException e) {
            throw new SverkaException("Could not write " + failedFile(e, finals, temps, destination) + ": "
                    + WriteFailure.reason(e) + "." + WriteFailure.WHAT_TO_DO, e);
        } finally {
            temps.forEach(TextExporter::deleteQuietly);
        }
    }

    private long writeAll(TextInfo text, PairWriter writer) {
        store.alignments().forEachPair(text.id(), writer::write);
        return writer.count();
    }

    private static PairWriter writer(ExportFormat format, TextInfo text, OutputStream out, ExportOptions options) {
        return switch (format) {
            case TMX -> new TmxWriter(out, TmxHeader.sverka(text.sourceLanguage(), text.targetLanguage(), VERSION,
                    Instant.now(), text.name()), options);
            case TSV -> new TsvWriter(out, options);
            case XLSX -> new XlsxWriter(out, options, text.sourceLanguage(), text.targetLanguage());
            case DOCX -> new DocxTableWriter(out, options, text.sourceLanguage(), text.targetLanguage());
            case TXT -> throw new IllegalArgumentException("parallel text has two outputs");
        };
    }

    /** The output file the failure concerns, named as the user asked for it rather than by its temporary name. */
    private static Path failedFile(IOException e, List<Path> finals, List<Path> temps, Path destination) {
        if (e instanceof FileSystemException fs && fs.getFile() != null) {
            String failed = fs.getFile();
            for (int i = 0; i < finals.size(); i++) {
                if (failed.equals(temps.get(i).toString()) || failed.equals(finals.get(i).toString())) {
                    return finals.get(i);
                }
            }
        }
        return destination;
    }

    private static Path temp(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".part");
    }

    private static void createParent(Path file) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new SverkaException("Cannot create the folder " + file.getParent() + " for the export: "
                    + WriteFailure.reason(e) + "." + WriteFailure.WHAT_TO_DO, e);
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // the temporary file stays behind; the export itself already succeeded or reported its error
            System.getLogger(TextExporter.class.getName()).log(System.Logger.Level.WARNING, "could not delete " + temp, e);
        }
    }
}
