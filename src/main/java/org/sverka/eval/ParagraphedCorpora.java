package org.sverka.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.sverka.SverkaException;

/** The shared gold corpora with paragraph labels, ready to be joined back into running text. */
public final class ParagraphedCorpora {
    private final SharedCorpora corpora;

    public ParagraphedCorpora(SharedCorpora corpora) {
        this.corpora = corpora;
    }

    /** Anna Karenina val; paragraphs follow the sentence ids ({@code s6.0}, {@code s6.1}: paragraph s6). */
    public ParagraphedGoldDocument annaKareninaVal() {
        GoldDocument document = corpora.annaKareninaVal();
        JsonlParagraphs.Labels labels = JsonlParagraphs.read(annaJsonl());
        return new ParagraphedGoldDocument(document, labels.source(), labels.target());
    }

    /** Text+Berg test 001..007, paragraphed by the given rule on both sides. */
    public List<ParagraphedGoldDocument> textBergTest(LineParagraphing paragraphing) {
        return corpora.textBergTest().stream().map(d -> ParagraphedGoldDocument.of(d, paragraphing)).toList();
    }

    public boolean has(String corpus) {
        return corpora.has(corpus);
    }

    private Path annaJsonl() {
        Path dir = corpora.corpora().resolve(SharedCorpora.ANNA);
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".jsonl")).sorted().findFirst()
                    .orElseThrow(() -> new SverkaException("No .jsonl gold file in " + dir + "."));
        } catch (IOException e) {
            throw new SverkaException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
    }
}
