package org.sverka.workbench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

import org.sverka.SverkaException;
import org.sverka.model.Bead;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;
import org.sverka.review.PairEdits;
import org.sverka.store.DocumentRecord;
import org.sverka.store.TextInfo;
import org.sverka.tmx.TmxDocument;
import org.sverka.tmx.TmxReader;
import org.sverka.tmx.TmxUnit;

/**
 * Imports a TMX file made elsewhere as a text whose pairs are already confirmed: each unit's source and
 * target become one paragraph and one sentence on their side (never re-segmented, so the pairs come back
 * out exactly as they went in), and each unit one confirmed 1-1 pair. The reader's tolerated oddities
 * become notes.
 */
public final class TmxImport {
    static final String FORMAT = "application/x-tmx+xml";

    private final Workbench workbench;
    private final TmxReader reader;

    public TmxImport(Workbench workbench) {
        this(workbench, new TmxReader());
    }

    public TmxImport(Workbench workbench, TmxReader reader) {
        this.workbench = Objects.requireNonNull(workbench, "workbench");
        this.reader = Objects.requireNonNull(reader, "reader");
    }

    /** Reads {@code file} and stores it as text {@code name} (default: the file's base name). */
    public ImportOutcome importTmx(Path file, String name, Locale source, Locale target) {
        String textName = name == null || name.isBlank() ? TextNames.fromFile(file, source) : TextNames.check(name);
        if (workbench.store().texts().find(textName).isPresent()) {
            throw new SverkaException("A text named '" + textName + "' exists already: give another --name, or delete it first ('delete "
                    + textName + "').");
        }
        TmxDocument tmx = reader.read(file, source, target);
        if (tmx.units().isEmpty()) {
            throw new SverkaException("TMX file " + file + " has no unit with both a " + source.toLanguageTag() + " and a "
                    + target.toLanguageTag() + " segment" + (tmx.warnings().isEmpty() ? "" : " (" + String.join("; ", tmx.warnings()) + ")")
                    + "; check --source-lang and --target-lang.");
        }
        String sha256 = sha256(file);
        long size = size(file);
        String fileName = file.getFileName().toString();
        TextInfo created = workbench.store().texts().create(textName,
                document(fileName, size, sha256, source, tmx.units(), TmxUnit::sourceText),
                document(fileName, size, sha256, target, tmx.units(), TmxUnit::targetText));
        List<Bead> beads = new ArrayList<>(tmx.units().size());
        for (int i = 0; i < tmx.units().size(); i++) {
            beads.add(new Bead(i, 1, i, 1, PairEdits.REVIEWED, Bead.Status.CONFIRMED));
        }
        try {
            workbench.store().alignments().replace(created.id(), beads);
        } catch (RuntimeException failure) {
            // The text and its pairs go in together or not at all.
            workbench.store().texts().delete(textName);
            throw failure;
        }
        List<String> notes = new ArrayList<>();
        tmx.warnings().forEach(warning -> notes.add(fileName + ": " + warning));
        return new ImportOutcome(workbench.text(textName), true, notes);
    }

    private static DocumentRecord document(String fileName, long size, String sha256, Locale language, List<TmxUnit> units,
                                           Function<TmxUnit, String> side) {
        List<Paragraph> paragraphs = new ArrayList<>(units.size());
        List<Sentence> sentences = new ArrayList<>(units.size());
        for (int i = 0; i < units.size(); i++) {
            String text = side.apply(units.get(i));
            paragraphs.add(new Paragraph(i, text));
            sentences.add(new Sentence(i, i, text));
        }
        // The XML declaration names the file's encoding; the text is stored decoded, so "xml" says where to look.
        return new DocumentRecord(fileName, size, sha256, FORMAT, "xml", language, paragraphs, sentences);
    }

    private static String sha256(Path file) {
        try (DigestInputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest());
        } catch (IOException e) {
            throw new SverkaException("Cannot read TMX file " + file + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new SverkaException("Cannot read TMX file " + file + ": " + e.getMessage(), e);
        }
    }
}
