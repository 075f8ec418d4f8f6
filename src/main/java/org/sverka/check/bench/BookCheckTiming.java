package org.sverka.check.bench;

import org.sverka.check.CheckContext;
import org.sverka.check.CheckedPair;
import org.sverka.check.Checks;
import org.sverka.check.Finding;
import org.sverka.check.NamesCheck;
import org.sverka.eval.GoldDocument;
import org.sverka.eval.Ladder;
import org.sverka.eval.SharedCorpora;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long the checks take on a book-length text: the Anna Karenina validation half, one pair per gold
 * bead, through NamesCheck alone and through every check. Prints wall-clock and thread CPU times (the
 * machine may be shared: CPU time is the steadier figure) of a cold run and warm ones.
 * Usage: {@code BookCheckTiming [runs] [copies]} (default 2 runs of 1 copy;
 * more copies of the book, one after the other, show how the time grows with length).
 */
public final class BookCheckTiming {
    private BookCheckTiming() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 2;
        int copies = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        SharedCorpora corpora = SharedCorpora.locate().orElse(null);
        if (corpora == null || !corpora.has("anna-karenina-en-ru-val")) {
            System.out.println("Shared corpora not found (set -Dsverka.shared): nothing timed.");
            return;
        }
        GoldDocument book = corpora.annaKareninaVal();
        List<CheckedPair> pairs = pairs(book, copies);
        CheckContext context = new CheckContext(book.sourceLanguage(), book.targetLanguage());
        System.out.printf(Locale.ROOT, "%s: %d pairs%n", book.name(), pairs.size());
        for (int run = 1; run <= runs; run++) {
            time("NAMES only, run " + run, () -> new NamesCheck().check(pairs, context));
            time("all checks, run " + run, () -> Checks.defaults().run(pairs, context));
        }
    }

    private interface Work {
        List<Finding> run();
    }

    private static void time(String label, Work work) {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        List<Finding> findings = work.run();
        long millis = (System.nanoTime() - start) / 1_000_000;
        long cpuMillis = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
        System.out.printf(Locale.ROOT, "%-22s %7d ms wall %7d ms cpu  %d findings%n", label, millis, cpuMillis, findings.size());
    }

    /** One pair per gold bead, the book {@code copies} times over, its sentences joined by spaces; 1-0 and 0-1 beads give one-sided pairs. */
    static List<CheckedPair> pairs(GoldDocument book, int copies) {
        List<CheckedPair> pairs = new ArrayList<>();
        for (int copy = 0; copy < copies; copy++) {
            for (Ladder.Rung rung : book.gold().rungs()) {
                pairs.add(CheckedPair.of(pairs.size() + 1, join(book.source(), rung.source()), join(book.target(), rung.target())));
            }
        }
        return pairs;
    }

    private static String join(List<String> sentences, List<Integer> indexes) {
        return String.join(" ", indexes.stream().map(i -> sentences.get(i).strip()).toList());
    }
}
