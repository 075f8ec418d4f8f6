package org.sverka.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.sverka.align.SentenceAligner;
import org.sverka.importer.DocumentImporter;
import org.sverka.importer.ImportedDocument;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.segment.SentenceSegmenter;

/**
 * sverka's core as a library: read a file (Tika), split it into sentences (ICU), align two documents.
 * No database and no shell: the workbench stores what this produces.
 */
public final class BilingualPipeline {
    private final DocumentImporter importer;
    private final SentenceAligner aligner;

    public BilingualPipeline() {
        this(new DocumentImporter(), new SentenceAligner());
    }

    public BilingualPipeline(DocumentImporter importer, SentenceAligner aligner) {
        this.importer = Objects.requireNonNull(importer, "importer");
        this.aligner = Objects.requireNonNull(aligner, "aligner");
    }

    /** Reads the file, checks it is in {@code language}, and splits each paragraph into sentences. */
    public PreparedDocument prepare(Path file, Locale language) {
        ImportedDocument document = importer.read(file, language);
        return new PreparedDocument(document, SentenceSegmenter.forLanguage(language).segment(document.paragraphs()));
    }

    public List<Bead> align(PreparedDocument source, PreparedDocument target, Progress progress) {
        return aligner.align(source.sentences(), source.document().language(),
                target.sentences(), target.document().language(), progress);
    }

    public SentenceAligner aligner() {
        return aligner;
    }
}
