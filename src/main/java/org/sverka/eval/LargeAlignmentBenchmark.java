package org.sverka.eval;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.sverka.align.SentenceAligner;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

/**
 * Aligns a synthetic pair of N x ~N sentences (default 100,000) to show that time and memory grow
 * linearly: prints the alignment time, the peak heap use and the strict F1 against the known answer.
 * The pair is random pseudo-words; the "translation" maps each word through a fixed pseudo-lexicon,
 * drops some words, and merges, splits, deletes and inserts sentences at realistic rates.
 */
public final class LargeAlignmentBenchmark {

    private LargeAlignmentBenchmark() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        SyntheticPair pair = SyntheticPair.generate(size, new Random(42));
        System.gc();
        long start = System.nanoTime();
        long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<Bead> beads = new SentenceAligner().align(pair.source(), Locale.ENGLISH, pair.target(), Locale.FRENCH, Progress.NONE);
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart;
        long wall = System.nanoTime() - start;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        AlignmentScore score = new AlignmentScorer().score(Ladder.of(beads), pair.gold());
        System.out.printf(Locale.ROOT, "%d x %d sentences: %d beads, wall %.1f s, cpu %.1f s, peak heap %d MB "
                        + "(max heap %d MB), strict F1 %.4f%n", pair.source().size(), pair.target().size(), beads.size(),
                wall / 1e9, cpu / 1e9, peak >> 20, Runtime.getRuntime().maxMemory() >> 20, score.strictF1());
    }

    /** A generated pair with its gold ladder. */
    record SyntheticPair(List<Sentence> source, List<Sentence> target, Ladder gold) {

        static SyntheticPair generate(int size, Random random) {
            int vocabulary = 20_000;
            String[] sourceWords = new String[vocabulary];
            String[] targetWords = new String[vocabulary];
            for (int w = 0; w < vocabulary; w++) {
                sourceWords[w] = pseudoWord(random);
                targetWords[w] = pseudoWord(random);
            }
            List<String> source = new ArrayList<>();
            List<String> target = new ArrayList<>();
            List<Ladder.Rung> rungs = new ArrayList<>();
            while (source.size() < size) {
                double shape = random.nextDouble();
                int a = shape < 0.85 ? 1 : shape < 0.92 ? 2 : shape < 0.97 ? 1 : shape < 0.985 ? 1 : 0;
                int b = shape < 0.85 ? 1 : shape < 0.92 ? 1 : shape < 0.97 ? 2 : shape < 0.985 ? 0 : 1;
                List<Integer> s = new ArrayList<>();
                List<Integer> t = new ArrayList<>();
                List<Integer> meaning = new ArrayList<>();
                for (int k = 0; k < a; k++) {
                    List<Integer> words = randomWords(random, vocabulary);
                    meaning.addAll(words);
                    s.add(source.size());
                    source.add(render(words, sourceWords));
                }
                if (a == 0) {
                    meaning.addAll(randomWords(random, vocabulary));
                }
                List<Integer> kept = meaning.stream().filter(w -> random.nextDouble() < 0.8).toList();
                for (int k = 0; k < b; k++) {
                    int from = kept.size() * k / b;
                    int to = kept.size() * (k + 1) / b;
                    t.add(target.size());
                    target.add(render(kept.subList(from, to), targetWords));
                }
                rungs.add(new Ladder.Rung(s, t));
            }
            return new SyntheticPair(GoldDocument.sentences(source), GoldDocument.sentences(target), new Ladder(rungs));
        }

        private static List<Integer> randomWords(Random random, int vocabulary) {
            int length = 4 + random.nextInt(20);
            List<Integer> words = new ArrayList<>();
            for (int k = 0; k < length; k++) {
                // Zipf-like: small ids (function words) are far more frequent
                words.add((int) Math.min(vocabulary - 1, Math.floor(Math.pow(vocabulary, random.nextDouble()))));
            }
            return words;
        }

        private static String render(List<Integer> words, String[] spelling) {
            StringBuilder out = new StringBuilder();
            for (int w : words) {
                out.append(out.length() == 0 ? "" : " ").append(spelling[w]);
            }
            return out.append('.').toString();
        }

        private static String pseudoWord(Random random) {
            int length = 2 + random.nextInt(9);
            StringBuilder word = new StringBuilder();
            for (int k = 0; k < length; k++) {
                word.append((char) ('a' + random.nextInt(26)));
            }
            return word.toString();
        }
    }
}
