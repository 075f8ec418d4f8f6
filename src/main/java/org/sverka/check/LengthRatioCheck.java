package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A pair whose length ratio is an outlier for this text's own length model (learnt from its 1-1 pairs): a
 * translation much shorter than usual is a likely partial omission, a much longer one a likely addition.
 * Pairs of several sentences count too: a sentence lost in translation often leaves a 2-1 pair. A short
 * translation whose rest plausibly sits in a neighbouring unpaired sentence ({@link SplitTranslation}) is
 * INFO: the translator split the sentence where the aligner did not. With the user's dictionary
 * ({@link CheckContext#translations()}), a shorter translation that leaves a stretch of its source's words
 * unrendered is a WARNING naming that stretch ({@link UncoveredClause}), even when length alone lets it pass.
 */
public final class LengthRatioCheck implements Check {
    public static final String ID = "LENGTH_RATIO";

    /**
     * Thresholds: how far from the text's usual ratio a pair may be, how long it must be, the fewest
     * 1-1 pairs that make a model, and below how many pairs the model's spread is widened to
     * {@code smallTextSpread} because a few pairs cannot show it. A translation shorter by more than
     * {@code clauseZScore} that also has fewer clause marks (commas, dashes, colons) than its source
     * has likely lost a clause: Russian punctuation marks at least the clauses that English does; so has
     * any shorter translation whose first or last part is visibly cut off. A pair with more source than
     * target sentences (2-1) is a WARNING from {@code mergedZScore}: shorter than the usual ratio at all.
     */
    public record Config(double maxZScore, int minLongerLength, int minPairs, int smallText, double smallTextSpread,
                         double clauseZScore, double mergedZScore) {
        public Config() {
            this(3.0, 40, 4, 10, 0.25, 2.5, 0.0);
        }
    }

    private final Config config;

    public LengthRatioCheck(Config config) {
        this.config = config;
    }

    public LengthRatioCheck() {
        this(new Config());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        LengthModel model = LengthModel.of(pairs);
        if (model.pairs() < config.minPairs()) {
            return List.of();
        }
        if (model.pairs() < config.smallText()) {
            model = model.withSpreadAtLeast(config.smallTextSpread());
        }
        List<Finding> findings = new ArrayList<>();
        SplitTranslation split = new SplitTranslation(pairs, context);
        Optional<UncoveredClause> clauses = context.translations().isEmpty() ? Optional.empty()
                : Optional.of(new UncoveredClause(context.translations(), new UncoveredClause.Config(), pairs));
        for (int i = 0; i < pairs.size(); i++) {
            CheckedPair pair = pairs.get(i);
            String source = pair.sourceText().strip();
            String target = pair.targetText().strip();
            if (source.isEmpty() || target.isEmpty()) {
                continue;
            }
            double z = model.zScore(source, target);
            // a cut-off edge is evidence enough even in a short pair; length alone is not
            boolean cutOff = z < -0.5 && brokenEdge(source, target);
            boolean longEnough = Math.max(source.length(), target.length()) >= config.minLongerLength();
            boolean lostClause = z < -config.clauseZScore() && clauseMarks(target) < clauseMarks(source);
            // translators seldom merge sentences and shorten them too: a short merge has likely lost a sentence
            boolean lostSentence = z < -config.mergedZScore() && mergesSource(pair.type());
            // with the user's dictionary: the source's words that the translation does not render
            LengthModel textModel = model;
            Optional<Span> dropped = z >= 0 ? Optional.empty()
                    : clauses.flatMap(c -> c.in(pair.sourceText(), pair.targetText(), textModel));
            if (cutOff || longEnough && (Math.abs(z) > config.maxZScore() || lostClause || lostSentence) || dropped.isPresent()) {
                String what = z < 0 ? "shorter" : "longer";
                double expected = Math.exp(model.median()) * source.length();
                Optional<CheckedPair> rest = split.unpairedNeighbourOf(i);
                String message = String.format(java.util.Locale.ROOT,
                        "Translation is much %s than usual in this text (%d chars, about %.0f expected): %s",
                        what, target.length(), expected, rest.isPresent() ? "possibly continued in pair " + rest.get().number()
                                : z < 0 ? "part may be missing" : "something may be added")
                        + dropped.map(d -> ": \"" + d.of(pair.sourceText()) + "\"").orElse("");
                Span whole = new Span(0, pair.targetText().length());
                // free translation often adds words; a real addition of substance shows as new names or numbers
                Severity severity = z < 0 && rest.isEmpty() ? Severity.WARNING : Severity.INFO;
                findings.add(Finding.of(ID, severity, pair, message, dropped.map(List::of).orElse(List.of()), List.of(whole)));
            }
        }
        return findings;
    }

    /**
     * A shorter translation that starts in lower case where its source starts a sentence, or stops at a
     * comma where its source ends one, has lost its first or last part.
     */
    static boolean brokenEdge(String source, String target) {
        int s = firstLetter(source);
        int t = firstLetter(target);
        boolean headless = s >= 0 && t >= 0 && Character.isUpperCase(source.codePointAt(s)) && Character.isLowerCase(target.codePointAt(t));
        // a source that ends a sentence, or a headline that ends in a word, is not continued by the next segment
        char sourceEnd = lastMark(source);
        boolean sourceEnds = ".!?…".indexOf(sourceEnd) >= 0 || Character.isLetterOrDigit(sourceEnd);
        boolean tailless = sourceEnds && ",;:—–-".indexOf(lastMark(target)) >= 0;
        return headless || tailless;
    }

    private static int firstLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Character.isLetterOrDigit(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The last character that is not a space, closing quotation mark or bracket. */
    private static char lastMark(String text) {
        for (int i = text.length() - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c) && "\"'»”“’)]".indexOf(c) < 0) {
                return c;
            }
        }
        return ' ';
    }

    /** Whether a pair type such as "2-1" has more source sentences than target sentences. */
    static boolean mergesSource(String type) {
        String[] counts = type.split("-");
        return counts.length == 2 && Integer.parseInt(counts[0]) > Integer.parseInt(counts[1]);
    }

    /** Commas, semicolons, colons and dashes between words: the marks that separate clauses. */
    static int clauseMarks(String text) {
        int marks = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean spacedHyphen = c == '-' && i > 0 && i + 1 < text.length() && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ';
            boolean inNumber = i > 0 && i + 1 < text.length() && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (",;:—–".indexOf(c) >= 0 && !inNumber || spacedHyphen) {
                marks++;
            }
        }
        return marks;
    }

    @Override
    public CheckExample example() {
        List<CheckedPair> background = new ArrayList<>();
        String[][] texts = {
                {"The committee met on Monday to discuss the budget.", "Комитет собрался в понедельник, чтобы обсудить бюджет."},
                {"Prices for fuel have risen sharply this winter.", "Цены на топливо этой зимой резко выросли."},
                {"The museum will reopen after a long renovation.", "Музей откроется после долгой реконструкции."},
                {"Several roads were closed because of the heavy snow.", "Из-за сильного снегопада были закрыты несколько дорог."},
                {"The company plans to hire new engineers next year.", "В следующем году компания планирует нанять новых инженеров."},
                {"Teachers asked the ministry for smaller classes.", "Учителя попросили министерство уменьшить классы."},
                {"The river flooded several villages in the north.", "Река затопила несколько деревень на севере."},
                {"Fans waited outside the stadium for hours.", "Болельщики часами ждали у стадиона."},
                {"The new bridge will connect the two halves of the city.", "Новый мост соединит две половины города."},
                {"Doctors warned about the spread of the flu this season.", "Врачи предупредили о распространении гриппа в этом сезоне."},
                {"The airline cancelled dozens of flights on Sunday.", "В воскресенье авиакомпания отменила десятки рейсов."},
                {"Local farmers expect a good harvest this autumn.", "Местные фермеры ожидают хорошего урожая этой осенью."},
        };
        for (String[] pair : texts) {
            background.add(CheckedPair.of(background.size() + 1, pair[0], pair[1]));
        }
        return new CheckExample(background,
                "The mayor said the new park would open in spring, after the workers finish the paths and the lights.",
                "Мэр сказал, что новый парк откроется весной, когда рабочие закончат дорожки и освещение.",
                "The mayor said the new park would open in spring, after the workers finish the paths and the lights.",
                "<marker>Мэр сказал.</marker>", "1-1");
    }
}
