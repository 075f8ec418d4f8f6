package org.sverka.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.sverka.SverkaException;

/**
 * Finds and reads the shared evaluation corpora, which live outside the repository: system property
 * {@code sverka.shared}, then environment variable {@code SVERKA_SHARED}, then {@code ../shared},
 * then {@code ../../shared}.
 */
public final class SharedCorpora {
    static final String ANNA = "anna-karenina-en-ru-val";
    static final String TEXT_BERG = "text-berg-de-fr";

    private final Path root;

    private SharedCorpora(Path root) {
        this.root = root;
    }

    /** The shared folder if it can be found, else empty. */
    public static Optional<SharedCorpora> locate() {
        return org.sverka.corpus.SharedFolder.locate().map(SharedCorpora::new);
    }

    public Path corpora() {
        return root.resolve("corpora");
    }

    public boolean has(String corpus) {
        return Files.isDirectory(corpora().resolve(corpus));
    }

    /** The Anna Karenina validation half: English source, Russian target, one document. */
    public GoldDocument annaKareninaVal() {
        Path dir = corpora().resolve(ANNA);
        try (Stream<Path> files = Files.list(dir)) {
            Path jsonl = files.filter(p -> p.toString().endsWith(".jsonl")).findFirst()
                    .orElseThrow(() -> new SverkaException("No .jsonl gold file in " + dir + "."));
            return readJsonlBeads(jsonl, Locale.ENGLISH, Locale.forLanguageTag("ru"));
        } catch (IOException e) {
            throw new SverkaException("Cannot read " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Text+Berg test documents 001..007 (German source, French target). */
    public List<GoldDocument> textBergTest() {
        List<GoldDocument> documents = new ArrayList<>();
        Path dir = corpora().resolve(TEXT_BERG);
        for (int n = 1; n <= 7; n++) {
            String name = String.format(Locale.ROOT, "%03d", n);
            documents.add(new GoldDocument("text+berg " + name, Locale.GERMAN, lines(dir.resolve("de").resolve(name)),
                    Locale.FRENCH, lines(dir.resolve("fr").resolve(name)), LadderFormat.read(dir.resolve("gold").resolve(name))));
        }
        return documents;
    }

    /** The Text+Berg dev document. */
    public GoldDocument textBergDev() {
        Path dir = corpora().resolve(TEXT_BERG).resolve("dev");
        return new GoldDocument("text+berg dev", Locale.GERMAN, lines(dir.resolve("dev.de")),
                Locale.FRENCH, lines(dir.resolve("dev.fr")), LadderFormat.read(dir.resolve("dev.defr")));
    }

    static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads JSON Lines gold beads; sentences are counted by the "text" lists, never by "ids". */
    @SuppressWarnings("unchecked")
    static GoldDocument readJsonlBeads(Path file, Locale sourceLanguage, Locale targetLanguage) {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<Ladder.Rung> rungs = new ArrayList<>();
        List<String> lines = lines(file);
        for (int n = 0; n < lines.size(); n++) {
            if (lines.get(n).isBlank()) {
                continue;
            }
            try {
                Map<String, Object> bead = (Map<String, Object>) JsonReader.parse(lines.get(n));
                List<Object> sourceText = (List<Object>) ((Map<String, Object>) bead.get("sources")).get("text");
                List<Object> targetText = (List<Object>) ((Map<String, Object>) bead.get("targets")).get("text");
                rungs.add(new Ladder.Rung(append(source, sourceText), append(target, targetText)));
            } catch (IllegalArgumentException | ClassCastException | NullPointerException e) {
                throw new SverkaException("Malformed gold bead on line " + (n + 1) + " of " + file + ": " + e.getMessage()
                        + ". Expected {\"sources\":{\"text\":[...]},\"targets\":{\"text\":[...]}}.", e);
            }
        }
        return new GoldDocument(file.getFileName().toString(), sourceLanguage, source, targetLanguage, target,
                new Ladder(rungs));
    }

    private static List<Integer> append(List<String> sentences, List<Object> texts) {
        List<Integer> indexes = new ArrayList<>();
        for (Object text : texts) {
            indexes.add(sentences.size());
            sentences.add((String) text);
        }
        return indexes;
    }
}
