package org.sverka.workbench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.sverka.SverkaException;
import org.sverka.align.SentenceAligner;
import org.sverka.dictionary.BilingualDictionary;
import org.sverka.export.ExportOptions;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;
import org.sverka.pipeline.BilingualPipeline;
import org.sverka.pipeline.PreparedDocument;
import org.sverka.review.AnchoredRealigner;
import org.sverka.review.BeadChange;
import org.sverka.store.AlignmentStats;
import org.sverka.store.DocumentRecord;
import org.sverka.store.Side;
import org.sverka.store.Store;
import org.sverka.store.TextInfo;

/**
 * The workbench's use cases on top of the core pipeline and the store: what the shell's commands do,
 * without the shell. Every method that writes does so in one store transaction.
 */
public final class Workbench {
    private final Store store;
    private final Supplier<BilingualPipeline> pipeline;

    /** The default pipeline is built on first use: Tika's parsers take seconds to load, and 'list' needs none. */
    public Workbench(Store store) {
        this(store, new OnFirstUse<>(BilingualPipeline::new));
    }

    public Workbench(Store store, BilingualPipeline pipeline) {
        this(store, () -> pipeline);
        Objects.requireNonNull(pipeline, "pipeline");
    }

    private Workbench(Store store, Supplier<BilingualPipeline> pipeline) {
        this.store = Objects.requireNonNull(store, "store");
        this.pipeline = pipeline;
    }

    public Store store() {
        return store;
    }

    /** Imports two files as one bilingual text; the name defaults to the source file's base name. */
    public ImportOutcome importText(String name, Path source, Locale sourceLanguage, Path target, Locale targetLanguage,
                                    Progress progress) {
        String textName = name == null || name.isBlank() ? TextNames.fromFile(source, sourceLanguage) : TextNames.check(name);
        if (store.texts().find(textName).isPresent()) {
            throw new SverkaException("A text named '" + textName + "' exists already: give another --name, or delete it first ('delete "
                    + textName + "').");
        }
        if (Files.exists(source) && Files.exists(target) && isSameFile(source, target)) {
            throw new SverkaException("The source and the target are the same file (" + source + "): give the two language versions.");
        }
        progress.report("reading " + source.getFileName(), 0, 2);
        PreparedDocument src = pipeline.get().prepare(source, sourceLanguage);
        progress.report("reading " + target.getFileName(), 1, 2);
        PreparedDocument tgt = pipeline.get().prepare(target, targetLanguage);
        if (src.document().sha256().equals(tgt.document().sha256())) {
            throw new SverkaException("The source and the target have the same content (" + source.getFileName() + ", "
                    + target.getFileName() + "): give the two language versions.");
        }
        List<String> notes = new ArrayList<>();
        Optional<String> sourceText = store.texts().textNameContaining(src.document().sha256());
        Optional<String> targetText = store.texts().textNameContaining(tgt.document().sha256());
        if (sourceText.isPresent() && sourceText.equals(targetText)) {
            TextInfo existing = text(sourceText.get());
            return new ImportOutcome(existing, false, List.of("These two files were imported before as text '"
                    + existing.name() + "'; nothing was added."));
        }
        src.document().notes().forEach(note -> notes.add(source.getFileName() + ": " + note + "."));
        tgt.document().notes().forEach(note -> notes.add(target.getFileName() + ": " + note + "."));
        sourceText.ifPresent(t -> notes.add(source.getFileName() + " was imported before, in text '" + t + "'."));
        targetText.ifPresent(t -> notes.add(target.getFileName() + " was imported before, in text '" + t + "'."));
        TextInfo created = store.texts().create(textName, record(src), record(tgt), progress);
        return new ImportOutcome(created, true, notes);
    }

    /**
     * Aligns a text's sentences and replaces its previous alignment; returns the new beads. Confirmed pairs
     * are anchors: they stay as they are and only the stretches between them are aligned again. Aligning a
     * text that was aligned before is an edit in its history, so undo brings the previous alignment back.
     */
    public List<Bead> align(String name, Progress progress) {
        return align(name, BilingualDictionary.EMPTY, progress);
    }

    /** As {@link #align(String, Progress)}, with the user's word translations as extra evidence. */
    public List<Bead> align(String name, BilingualDictionary dictionary, Progress progress) {
        TextInfo text = text(name);
        SentenceAligner aligner = dictionary.isEmpty() ? pipeline.get().aligner() : pipeline.get().aligner().withDictionary(dictionary);
        List<Sentence> source = store.texts().sentences(text.id(), Side.SOURCE);
        List<Sentence> target = store.texts().sentences(text.id(), Side.TARGET);
        List<Bead> before = store.alignments().beads(text.id());
        List<Bead> beads = before.stream().anyMatch(Bead::isConfirmed)
                ? new AnchoredRealigner((s, t) -> aligner.align(s, text.sourceLanguage(), t, text.targetLanguage(),
                        Progress.NONE)).realign(before, source, target)
                : aligner.align(source, text.sourceLanguage(), target, text.targetLanguage(), progress);
        if (before.isEmpty()) {
            store.alignments().replace(text.id(), beads);
        } else {
            new EditLog(store).record(text, BeadChange.between("align again", before, beads), before.size());
        }
        return beads;
    }

    public TextInfo text(String name) {
        return store.texts().find(name).orElseThrow(() -> new NoSuchTextException(name, store.texts().names()));
    }

    public List<TextInfo> texts() {
        return store.texts().list();
    }

    /** Pairs {@code from} (1-based) onwards, at most {@code count}; fails if the text is not aligned yet. */
    public List<AlignedPair> pairs(String name, int from, int count) {
        TextInfo text = requireAligned(name);
        return store.alignments().page(text.id(), from, count);
    }

    public AlignmentStats stats(String name) {
        return store.alignments().stats(text(name).id());
    }

    /** Writes the text's pairs to {@code output} (or to alignments/&lt;name&gt;.&lt;ext&gt; when null). */
    public ExportOutcome export(String name, ExportFormat format, Path output, ExportOptions options) {
        TextInfo text = requireAligned(name);
        Path destination = output == null ? TextExporter.defaultOutput(text, format) : output;
        return new TextExporter(store).export(text, format, destination, options);
    }

    public void delete(String name) {
        TextInfo text = text(name);
        store.texts().delete(text.name());
    }

    /** The number of pairs of an aligned text; fails with a hint when the text is not aligned yet. */
    public int requirePairs(String name) {
        return requireAligned(name).pairs();
    }

    TextInfo requireAligned(String name) {
        TextInfo text = text(name);
        if (text.pairs() == 0) {
            throw new SverkaException("Text '" + name + "' is not aligned yet: run 'align " + name + "' first.");
        }
        return text;
    }

    private static DocumentRecord record(PreparedDocument prepared) {
        var d = prepared.document();
        return new DocumentRecord(d.fileName(), d.size(), d.sha256(), d.format(), d.encoding(), d.language(),
                d.paragraphs(), prepared.sentences());
    }

    private static boolean isSameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
