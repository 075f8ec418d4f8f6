package org.sverka.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names and acronyms need a counterpart on the other side, found through transliteration
 * ({@link NameMatcher}) or, for names that are translated, through {@link NameEquivalents}.
 * <p>
 * Capital letters mark names reliably in Russian and most languages, but English also capitalises
 * nationalities, institutions and titles that translations render as common words, and German
 * capitalises every noun. So a name on such a side is only reported when the other side has an
 * unmatched name too, that is, when a name differs (Kyle Smith / Келли Смит) rather than seems missing.
 * A capitalised word that the same text also writes in lower case (Assembly / assembly) is a common word,
 * and two names left unmatched together in several pairs are one name transcribed the text's own way.
 */
public final class NamesCheck implements Check {
    public static final String ID = "NAMES";
    private static final Set<String> WEAK_CAPITALS = Set.of("en");
    private static final Set<String> NO_CAPITALS = Set.of("de", "lb");

    /**
     * How the check weighs its findings. {@code warnOnAddedNames}: a name in the translation that the source text
     * never gives is a WARNING (when it is confident and occurs in this pair only), not INFO. It catches a name
     * swapped for a word that was no name in the source (Западная, Белый дом) at the price of warning about
     * names a translator added (a first name, "по шкале Рихтера"). Off by default; without it such a name is still a
     * WARNING when a capitalised word of the pair's source (Games, Europe) has no counterpart in the translation.
     */
    public record Config(boolean warnOnAddedNames) {
        public static final Config DEFAULT = new Config(false);
    }

    private final Config config;
    private final NameMatcher matcher = new NameMatcher();
    private final NameCounterparts counterparts = new NameCounterparts(matcher);
    private final ConfidentName confident = new ConfidentName(matcher);
    private final Map<Locale, NameExtractor> extractors = new ConcurrentHashMap<>();
    private final Map<List<Locale>, NameEquivalents> equivalents = new ConcurrentHashMap<>();

    public NamesCheck() {
        this(Config.DEFAULT);
    }

    public NamesCheck(Config config) {
        this.config = java.util.Objects.requireNonNull(config, "config");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(List<CheckedPair> pairs, CheckContext context) {
        Locale sourceLanguage = context.sourceLanguage();
        Locale targetLanguage = context.targetLanguage();
        // stemmers are stateful and costly to create: one pair per call, shared by every pair of the text
        TextWords stems = new TextWords(new WordStems(sourceLanguage), new WordStems(targetLanguage),
                extractors.computeIfAbsent(sourceLanguage, NameExtractor::new),
                extractors.computeIfAbsent(targetLanguage, NameExtractor::new));
        NameEquivalents known = equivalents.computeIfAbsent(List.of(sourceLanguage, targetLanguage),
                k -> new NameEquivalents(sourceLanguage, targetLanguage));
        UnmatchedNames unmatched = new UnmatchedNames(pairs, stems, counterparts, known);
        List<LostNames> lost = new ArrayList<>();
        for (CheckedPair pair : pairs) {
            lost.add(unmatched.in(pair));
        }
        RecurringNamePairs recurring = RecurringNamePairs.count(lost, stems);
        SourceVocabulary sourceVocabulary = SourceVocabulary.of(pairs, stems, matcher, known);
        Map<String, Integer> targetNamePairs = namePairs(pairs, stems);
        List<Finding> findings = new ArrayList<>();
        for (LostNames names : lost) {
            findings.addAll(report(names, context, stems, recurring, sourceVocabulary, targetNamePairs));
        }
        return findings;
    }

    /** How many pairs of the text name each stem on one side. */
    private static Map<String, Integer> namePairs(List<CheckedPair> pairs, TextWords stems) {
        Map<String, Integer> counts = new HashMap<>();
        for (CheckedPair pair : pairs) {
            stems.targetWords(pair.targetText()).stream().filter(NameExtractor.Word::name).map(w -> stems.target(w.text()))
                    .distinct().forEach(stem -> counts.merge(stem, 1, Integer::sum));
        }
        return counts;
    }

    private List<Finding> report(LostNames names, CheckContext context, TextWords stems, RecurringNamePairs recurring,
                                 SourceVocabulary sourceVocabulary, Map<String, Integer> targetNamePairs) {
        List<NameExtractor.Word> lostSource = names.source().stream().filter(s -> names.target().stream()
                .noneMatch(t -> recurring.recurs(s, t))).toList();
        List<NameExtractor.Word> lostTarget = names.target().stream().filter(t -> names.source().stream()
                .noneMatch(s -> recurring.recurs(s, t))).toList();
        boolean weak = lostSource.isEmpty() && !lostTarget.isEmpty() && !names.weakSource().isEmpty();
        if (weak) {
            lostSource = names.weakSource();
        }
        boolean reportSource = !lostSource.isEmpty() && trusted(context.sourceLanguage(), !lostTarget.isEmpty());
        boolean reportTarget = !lostTarget.isEmpty() && trusted(context.targetLanguage(), !lostSource.isEmpty());
        if (!reportSource && !reportTarget) {
            return List.of();
        }
        List<NameExtractor.Word> shownSource = reportSource ? lostSource : List.of();
        List<NameExtractor.Word> shownTarget = reportTarget ? lostTarget : List.of();
        String message = !shownSource.isEmpty() && !shownTarget.isEmpty()
                ? "Names differ: " + texts(shownSource) + " vs " + texts(shownTarget)
                : !shownSource.isEmpty() ? "Name not found in the translation: " + texts(shownSource)
                : "Name in the translation not found in the source: " + texts(shownTarget);
        // a name on one side only is often a translator's choice (he -> Адамс); a differing name rarely is,
        // unless the translation's name is one the source text gives elsewhere (a name moved between sentences)
        boolean differ = !shownSource.isEmpty() && !shownTarget.isEmpty();
        // an added name where a capitalised source word lost its counterpart may have taken that word's place (на Ивановым for
        // at the Games); a translator's added name usually expands a pronoun or a role instead
        boolean added = (config.warnOnAddedNames() || !names.unrendered().isEmpty()) && shownSource.isEmpty() && !shownTarget.isEmpty();
        // a name in the place of a word of a source name was not moved from another sentence, whatever the text gives
        SourceVocabulary none = sourceVocabulary.none();
        Severity severity = (differ || added) && shownTarget.stream().filter(t -> !added || addedOnce(t, targetNamePairs, stems))
                .anyMatch(t -> confident.test(t, shownSource, names.placed().contains(t) ? none : sourceVocabulary, stems,
                        context.targetLanguage()))
                ? Severity.WARNING : Severity.INFO;
        return List.of(Finding.of(ID, severity, names.pair(), message, spans(shownSource), spans(shownTarget)));
    }

    /**
     * Whether a name the translation adds is suspect enough for a warning under {@link Config#warnOnAddedNames}: the
     * translation names it in this pair only (a translator's added name, such as a first name, tends to recur),
     * it has four letters or more (two- and three-letter words are parts of East Asian names, Пол, Бич), and
     * it is not written in Latin letters (a brand kept in the original).
     */
    private static boolean addedOnce(NameExtractor.Word name, Map<String, Integer> targetNamePairs, TextWords stems) {
        return targetNamePairs.getOrDefault(stems.target(name.text()), 0) <= 1 && name.text().length() >= 4
                && name.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN);
    }

    /** Whether a side's unmatched names are reported, given whether the other side has unmatched names. */
    private static boolean trusted(Locale language, boolean otherSideLost) {
        String code = language.getLanguage();
        return !NO_CAPITALS.contains(code) && (!WEAK_CAPITALS.contains(code) || otherSideLost);
    }

    private static String texts(List<NameExtractor.Word> words) {
        return String.join(", ", words.stream().map(NameExtractor.Word::text).toList());
    }

    private static List<Span> spans(List<NameExtractor.Word> words) {
        return words.stream().map(NameExtractor.Word::span).toList();
    }

    @Override
    public CheckExample example() {
        return CheckExample.of(
                "On Monday Lukashenko met Putin and NATO officials in Kyiv.",
                "В понедельник Лукашенко встретился с Путиным и представителями НАТО в Киеве.",
                "Yesterday <marker>Kyle</marker> Smith met Putin.",
                "Вчера <marker>Келли</marker> Смит встретился с Путиным.");
    }
}
