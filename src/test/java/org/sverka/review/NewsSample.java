package org.sverka.review;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.model.Sentence;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The first lines of the line-parallel NTREX sample (newstest2019, English-Russian) from the shared
 * corpora, as sentences and 1-1 beads. Tests that use it are skipped when the corpora are absent.
 */
final class NewsSample {
    static final int LINES = 30;

    final List<Sentence> source;
    final List<Sentence> target;
    final List<Bead> beads;

    private NewsSample(List<Sentence> source, List<Sentence> target) {
        this.source = source;
        this.target = target;
        List<Bead> ones = new ArrayList<>();
        for (int i = 0; i < source.size(); i++) {
            ones.add(Bead.automatic(i, 1, i, 1, 0.5 + (i % 5) / 10.0));
        }
        this.beads = List.copyOf(ones);
    }

    /** The sample, or a skipped test when /work/shared is not reachable. */
    static NewsSample load() {
        Optional<Path> dir = sharedDirectory().map(shared -> shared.resolve("corpora").resolve("ntrex-en-ru"));
        assumeTrue(dir.isPresent() && Files.isRegularFile(dir.get().resolve("newstest2019-src.eng.txt")),
                "shared corpora not found (set -Dsverka.shared or SVERKA_SHARED); skipping the NTREX sample test");
        return new NewsSample(read(dir.get().resolve("newstest2019-src.eng.txt")),
                read(dir.get().resolve("newstest2019-ref.rus.txt")));
    }

    /** Pairs as the shell shows them, for these beads. */
    List<AlignedPair> pairs(List<Bead> current) {
        List<AlignedPair> pairs = new ArrayList<>();
        for (Bead bead : current) {
            pairs.add(new AlignedPair(pairs.size() + 1, join(source, bead.sourceStart(), bead.sourceEnd()),
                    join(target, bead.targetStart(), bead.targetEnd()), bead));
        }
        return pairs;
    }

    private static String join(List<Sentence> sentences, int from, int to) {
        return String.join(" ", sentences.subList(from, to).stream().map(Sentence::text).toList());
    }

    private static List<Sentence> read(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            List<String> first = lines.limit(LINES).toList();
            List<Sentence> sentences = new ArrayList<>();
            for (String line : first) {
                sentences.add(new Sentence(sentences.size(), 0, line.strip()));
            }
            return sentences;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Path> sharedDirectory() {
        return org.sverka.corpus.SharedFolder.locate();
    }
}
