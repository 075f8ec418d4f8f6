package org.sverka.align;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.sverka.dictionary.BilingualDictionary;
import org.sverka.transliteration.SpellingSkeleton;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

/**
 * Aligns two runs of sentences without any training data (see docs/ALIGNMENT.md). Pass 1 scores beads
 * by shape prior, Gale-Church length cost, punctuation cues and word links that need no dictionary
 * (numbers, cognates through transliteration), searching a band around the cells where both sides have
 * used the same share of their characters. Pass 2 re-estimates the length model and shape priors from
 * pass 1's path, learns stem associations from its beads and how far the two sides' paragraph marks
 * ({@link Sentence#paragraph()}) agree ({@link ParagraphCues}), adds the user's dictionary (if any, scored per
 * sentence pair, see {@link DictionaryEvidence}), and searches again in a band around pass 1's path. Each bead's
 * confidence is its posterior probability under forward-backward in a narrow band around the result, at a
 * temperature the document's own share of linked words sets ({@link PosteriorTemperature}).
 * Every call builds its own state, so one instance may serve several threads.
 */
public final class SentenceAligner {
    private static final int REALIGN_BAND = 24;
    private static final int EDGE_MARGIN = 3;
    private static final int POSTERIOR_BAND = 8;
    private static final int MIN_COOCCURRENCES = 2;
    private static final double PRIOR_BEADS = 200;
    private static final double MIN_DICE = 0.5;
    // Without it a short document (a 16-line news story) learned hundreds of pairs of stems that merely sat
    // in the same two beads; their links swamped the chance correction and pass 2 skipped translated
    // sentences (NTREX en-ru: 42 false 1-0/0-1 beads, none with it; anna val and Text+Berg dev unchanged).
    private static final double MAX_CHANCE = 1e-3;

    private final AlignerSettings settings;

    public SentenceAligner() {
        this(new AlignerSettings());
    }

    public SentenceAligner(AlignerSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** This aligner with the user's word translations as extra evidence. */
    public SentenceAligner withDictionary(BilingualDictionary dictionary) {
        return new SentenceAligner(settings.withDictionary(dictionary));
    }

    /**
     * Aligns two contiguous runs of sentences. Bead positions are {@link Sentence#index()} values; the
     * beads cover every sentence of both runs exactly once, in order, each with a confidence in [0, 1]
     * and status AUTOMATIC.
     */
    public List<Bead> align(List<Sentence> source, Locale sourceLanguage, List<Sentence> target, Locale targetLanguage,
                            Progress progress) {
        Objects.requireNonNull(sourceLanguage, "sourceLanguage");
        Objects.requireNonNull(targetLanguage, "targetLanguage");
        Objects.requireNonNull(progress, "progress");
        int sourceOffset = firstIndex(source, "source");
        int targetOffset = firstIndex(target, "target");
        int n = source.size();
        int m = target.size();
        if (n == 0 || m == 0) {
            return unaligned(n, sourceOffset, m, targetOffset);
        }
        int passes = settings.realign() ? 2 : 1;
        progress.report("align", 0, passes);
        TextSide src = new TextSide(source, sourceLanguage, settings.stopWordShare());
        TextSide tgt = new TextSide(target, targetLanguage, settings.stopWordShare());
        Sides sides = new Sides(src, tgt, new PunctuationCues(source), new PunctuationCues(target));
        SpellingSkeleton cognates = new SpellingSkeleton(WordLinks.COGNATES);
        Set<Long> dictionaryPairs = dictionaryPairs(settings.dictionary().orientedFor(sourceLanguage, targetLanguage), src, tgt);
        LengthModel lengths = LengthModel.fromTotals(src.totalLength(), tgt.totalLength());
        List<BeadShape> shapes = settings.shapes();
        WordLinks links = WordLinks.build(src, tgt, cognates, Set.of());
        WordLinks dictionaryLinks = WordLinks.none(src).withStemPairs(src, tgt, dictionaryPairs);
        Band initial = Band.alongLengths(src.lengthEnds(), tgt.lengthEnds(), settings.bandWidth());
        if (!settings.realign()) {
            Alignment result = search(sides, shapes, lengths, links, dictionaryLinks.minus(links),
                    ParagraphCues.none(), initial, settings.bandWidth());
            progress.report("align", 1, passes);
            return beads(result, sourceOffset, targetOffset);
        }
        // Only pass 1's path is kept, so its masks can be collected before pass 2 allocates its own.
        // The user's dictionary waits for pass 2: in pass 1 its links between neighbouring sentences on one
        // topic merged 1-1 + 1-1 into 2-2 beads, and pass 2 learned from those (T+B dev 0.9088 without it in
        // pass 1, 0.8924 with it).
        // Pass 1 ignores the paragraph marks: it is the path their weight is learned from (a fixed cost of 0.5 or
        // 2 nats in pass 1 lowered Anna Karenina val with its marks from 0.9424 to 0.9414).
        BeadSearch.Path first = search(sides, shapes, lengths, links, WordLinks.none(src), ParagraphCues.none(),
                initial, settings.bandWidth()).path();
        progress.report("align", 1, passes);
        ParagraphCues paragraphs = ParagraphCues.learned(new ParagraphMarks(source), new ParagraphMarks(target), first,
                shapes);
        lengths = reestimateLengths(first, shapes, src, tgt, lengths);
        Set<Long> learned = learnAssociations(first, shapes, src, tgt);
        shapes = reestimatePriors(first, shapes);
        links = links.withStemPairs(src, tgt, learned);
        Alignment result = search(sides, shapes, lengths, links, dictionaryLinks.minus(links), paragraphs,
                Band.around(n, m, first.rows(), first.cols(), REALIGN_BAND), REALIGN_BAND);
        progress.report("align", 2, passes);
        return beads(result, sourceOffset, targetOffset);
    }

    /** Both sides prepared for scoring. */
    private record Sides(TextSide source, TextSide target, PunctuationCues sourceCues, PunctuationCues targetCues) {
    }

    private record Alignment(Band band, BeadCost cost, BeadSearch.Path path) {
    }

    private Alignment search(Sides sides, List<BeadShape> shapes, LengthModel lengths, WordLinks links,
                             WordLinks dictionaryLinks, ParagraphCues paragraphs, Band initialBand, int width) {
        TextSide src = sides.source();
        TextSide tgt = sides.target();
        int n = src.size();
        int m = tgt.size();
        int retries = 0;
        Band band = initialBand;
        while (true) {
            LinkMasks masks = new LinkMasks(band, src, tgt, links);
            BeadCost cost = new BeadCost(shapes, src, tgt, lengths, masks, new DictionaryEvidence(band, src, tgt,
                    dictionaryLinks), settings.lengthWeight(), settings.lexicalWeight(),
                    sides.sourceCues(), sides.targetCues(), settings.punctuationWeight(), paragraphs);
            BeadSearch.Path path = BeadSearch.bestPath(band, cost);
            if (!touchesEdge(band, path) || width > n + m) {
                return new Alignment(band, cost, path);
            }
            // The true path leaves the band near where the found one hugs its edge: follow the found path
            // (it extends the band there by a full width), and widen only when that is not enough.
            if (retries++ > 0) {
                width *= 2;
            }
            band = Band.around(n, m, path.rows(), path.cols(), width);
        }
    }

    private static boolean touchesEdge(Band band, BeadSearch.Path path) {
        for (int k = 0; k < path.rows().length; k++) {
            if (band.nearEdge(path.rows()[k], path.cols()[k], EDGE_MARGIN)) {
                return true;
            }
        }
        return false;
    }

    private static LengthModel reestimateLengths(BeadSearch.Path path, List<BeadShape> shapes, TextSide src, TextSide tgt,
                                                 LengthModel fallback) {
        List<int[]> pairs = new ArrayList<>();
        for (int k = 0; k < path.beads(); k++) {
            int s = path.shapes()[k];
            if (shapes.get(s).sourceCount() == 1 && shapes.get(s).targetCount() == 1) {
                pairs.add(new int[] {src.length(path.rows()[k]), tgt.length(path.cols()[k])});
            }
        }
        return LengthModel.fromPairs(pairs.stream().mapToInt(p -> p[0]).toArray(),
                pairs.stream().mapToInt(p -> p[1]).toArray(), fallback);
    }

    /** Blends the shape priors with the shape counts on the first path (add-prior smoothing). */
    private static List<BeadShape> reestimatePriors(BeadSearch.Path path, List<BeadShape> shapes) {
        double[] counts = new double[shapes.size()];
        for (int s : path.shapes()) {
            counts[s]++;
        }
        double total = path.beads();
        double priorTotal = shapes.stream().mapToDouble(BeadShape::prior).sum();
        List<BeadShape> updated = new ArrayList<>();
        for (int s = 0; s < shapes.size(); s++) {
            double prior = shapes.get(s).prior() / priorTotal;
            updated.add(shapes.get(s).withPrior((counts[s] + PRIOR_BEADS * prior) / (total + PRIOR_BEADS)));
        }
        return updated;
    }

    private static Set<Long> learnAssociations(BeadSearch.Path path, List<BeadShape> shapes, TextSide src, TextSide tgt) {
        LexicalTable table = new LexicalTable(src, tgt);
        for (int k = 0; k < path.beads(); k++) {
            int s = path.shapes()[k];
            int a = shapes.get(s).sourceCount();
            int b = shapes.get(s).targetCount();
            if (a > 0 && b > 0) {
                table.add(path.rows()[k], a, path.cols()[k], b);
            }
        }
        return table.associations(MIN_COOCCURRENCES, MIN_DICE, MAX_CHANCE);
    }

    private static Set<Long> dictionaryPairs(BilingualDictionary dictionary, TextSide src, TextSide tgt) {
        Set<Long> pairs = new HashSet<>();
        for (BilingualDictionary.Entry entry : dictionary.entries()) {
            int s = src.stemIdOf(entry.source());
            int t = tgt.stemIdOf(entry.target());
            if (s >= 0 && t >= 0) {
                pairs.add(WordLinks.key(s, t));
            }
        }
        return pairs;
    }

    private List<Bead> beads(Alignment result, int sourceOffset, int targetOffset) {
        BeadSearch.Path path = result.path();
        // Paths far from the best one carry next to no probability; a narrow band keeps this pass cheap.
        Band near = Band.around(path.rows()[path.rows().length - 1], path.cols()[path.cols().length - 1],
                path.rows(), path.cols(), POSTERIOR_BAND);
        double temperature = PosteriorTemperature.of(settings.temperature(), result.cost(), path, result.cost().hasParagraphCues());
        double[] confidence = BeadSearch.posteriors(near, result.cost(), path, temperature);
        List<Bead> beads = new ArrayList<>(path.beads());
        for (int k = 0; k < path.beads(); k++) {
            int s = path.shapes()[k];
            int a = result.cost().sourceCount(s);
            int b = result.cost().targetCount(s);
            if (a == 0 || b == 0) {
                // A block of untranslated sentences is searched as one bead but reported one sentence a bead.
                for (int x = 0; x < a; x++) {
                    beads.add(Bead.automatic(sourceOffset + path.rows()[k] + x, 1, targetOffset + path.cols()[k], 0,
                            confidence[k]));
                }
                for (int y = 0; y < b; y++) {
                    beads.add(Bead.automatic(sourceOffset + path.rows()[k] + a, 0, targetOffset + path.cols()[k] + y, 1,
                            confidence[k]));
                }
                continue;
            }
            beads.add(Bead.automatic(sourceOffset + path.rows()[k], a, targetOffset + path.cols()[k], b, confidence[k]));
        }
        return beads;
    }

    private static List<Bead> unaligned(int n, int sourceOffset, int m, int targetOffset) {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            beads.add(Bead.automatic(sourceOffset + i, 1, targetOffset, 0, 1.0));
        }
        for (int j = 0; j < m; j++) {
            beads.add(Bead.automatic(sourceOffset + n, 0, targetOffset + j, 1, 1.0));
        }
        return beads;
    }

    private static int firstIndex(List<Sentence> run, String side) {
        Objects.requireNonNull(run, side);
        if (run.isEmpty()) {
            return 0;
        }
        int first = run.get(0).index();
        for (int k = 1; k < run.size(); k++) {
            if (run.get(k).index() != first + k) {
                throw new IllegalArgumentException("the " + side + " sentences must be a contiguous run: index "
                        + run.get(k).index() + " follows " + run.get(k - 1).index());
            }
        }
        return first;
    }
}
