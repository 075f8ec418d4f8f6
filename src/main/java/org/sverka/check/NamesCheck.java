package org.sverka.check;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private static final int MIN_LOWER_CASE_COUNTERPART = 7;
    /**
     * Russian words with an adjective's ending (Детскую, Скалистые, Йельском): Russian capitalises the
     * first word of a translated institution or place name, so these are weak evidence of a name.
     * Surnames in -ов/-ев/-ин share the endings -ым, -ых, -ыми (Ивановым, Путиным) and are not matched by them,
     * but not -ая, -ое (Кремниевая is an adjective).
     */
    private static final java.util.regex.Pattern RUSSIAN_ADJECTIVE_ENDING = java.util.regex.Pattern.compile(
            ".{3,}(?:ая|яя|ую|юю|ое|ее|ые|ие|ый|ий|ого|его|ому|ему|их|им|ими|ском|ской|ским|ских|(?<!ов|ев|ёв|ин|ын)(?:ых|ым|ыми))");

    /**
     * How the check weighs its findings. {@code warnOnAddedNames}: a name in the translation that the source text
     * never gives is a WARNING (when it is confident and occurs in this pair only), not INFO. It catches a name
     * swapped for a word that was no name in the source (Западная, Белый дом) at the price of warning about
     * names a translator added (a first name, "по шкале Рихтера"). Off by default.
     */
    public record Config(boolean warnOnAddedNames) {
        public static final Config DEFAULT = new Config(false);
    }

    private final Config config;
    private final NameMatcher matcher = new NameMatcher();
    private final Map<Locale, NameExtractor> extractors = new ConcurrentHashMap<>();
    private final Map<List<Locale>, NameEquivalents> equivalents = new ConcurrentHashMap<>();
    private final Map<Locale, Set<String>> nameHeads = new ConcurrentHashMap<>();
    /** A capitalised number word heads a translated place name (Четырех углов for Four Corners), it is no name. */
    private final Map<Locale, SpelledNumbers> spelledNumbers = new ConcurrentHashMap<>();

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
        // stemmers are stateful and costly to create: one pair per call, shared by every pair of the text
        TextWords stems = new TextWords(new WordStems(context.sourceLanguage()), new WordStems(context.targetLanguage()),
                extractors.computeIfAbsent(context.sourceLanguage(), NameExtractor::new),
                extractors.computeIfAbsent(context.targetLanguage(), NameExtractor::new));
        Set<String> sourceCommon = commonWords(pairs, true, stems);
        Set<String> targetCommon = commonWords(pairs, false, stems);
        Set<String> sourceNames = sourceNames(pairs, stems);
        List<Lost> lost = new ArrayList<>();
        for (CheckedPair pair : pairs) {
            lost.add(lost(pair, context, stems, sourceCommon, targetCommon, sourceNames));
        }
        Map<String, Integer> recurring = recurringPairs(lost, stems);
        Vocabulary sourceVocabulary = new Vocabulary(vocabulary(pairs, stems), new HashMap<>());
        Map<String, Integer> targetNamePairs = namePairs(pairs, stems);
        List<Finding> findings = new ArrayList<>();
        for (Lost names : lost) {
            findings.addAll(report(names, context, stems, recurring, sourceVocabulary, targetNamePairs));
        }
        return findings;
    }

    /**
     * The capitalised words of the whole source text, and whether a name of the translation was found among
     * them: a book asks about the same names again and again, and each question reads the whole vocabulary.
     */
    private record Vocabulary(List<String> words, Map<String, Boolean> answers) { }

    /** The names of one pair without a counterpart on the other side. */
    private record Lost(CheckedPair pair, List<NameExtractor.Word> source, List<NameExtractor.Word> target,
                        List<NameExtractor.Word> weakSource) { }

    /**
     * How many pairs of the text leave the same two names unmatched together. A text that keeps
     * pairing Daley with Дейли transcribes one name its own way; a swapped name shows up once.
     */
    private static Map<String, Integer> recurringPairs(List<Lost> lost, TextWords targetStems) {
        Map<String, Integer> counts = new HashMap<>();
        for (Lost names : lost) {
            Set<String> seen = new HashSet<>();
            for (NameExtractor.Word s : names.source()) {
                for (NameExtractor.Word t : names.target()) {
                    seen.add(together(s, t, targetStems));
                }
            }
            seen.forEach(key -> counts.merge(key, 1, Integer::sum));
        }
        return counts;
    }

    private static String together(NameExtractor.Word source, NameExtractor.Word target, TextWords targetStems) {
        return source.text().toLowerCase(Locale.ROOT) + "\u0000" + targetStems.target(target.text());
    }

    /** The distinct capitalised words of the source side of the text, where a name moved from a neighbouring sentence is found. */
    private static List<String> vocabulary(List<CheckedPair> pairs, TextWords stems) {
        Set<String> words = new java.util.LinkedHashSet<>();
        for (CheckedPair pair : pairs) {
            // capitalised words only: long common words would meet names by chance (across/Гарсия share k-r-s)
            stems.sourceWords(pair.sourceText()).stream().filter(w -> Character.isUpperCase(w.text().codePointAt(0)))
                    .forEach(w -> words.add(w.text()));
        }
        return List.copyOf(words);
    }

    /** Stems of the words that start with a lower-case letter somewhere on one side of the text. */
    private static Set<String> commonWords(List<CheckedPair> pairs, boolean source, TextWords stems) {
        Set<String> common = new HashSet<>();
        for (CheckedPair pair : pairs) {
            common.addAll(stems.lowerCaseStems(source ? pair.sourceText() : pair.targetText(), source));
        }
        return common;
    }

    /** The words that stand as names somewhere in the source text, not only at the start of a sentence. */
    private static Set<String> sourceNames(List<CheckedPair> pairs, TextWords stems) {
        Set<String> names = new HashSet<>();
        for (CheckedPair pair : pairs) {
            stems.sourceWords(pair.sourceText()).stream().filter(NameExtractor.Word::name).forEach(w -> names.add(w.text()));
        }
        return names;
    }

    private Lost lost(CheckedPair pair, CheckContext context, TextWords stems, Set<String> sourceCommon, Set<String> targetCommon,
                      Set<String> sourceNames) {
        if (pair.sourceText().isBlank() || pair.targetText().isBlank()) {
            return new Lost(pair, List.of(), List.of(), List.of());
        }
        Locale sourceLanguage = context.sourceLanguage();
        Locale targetLanguage = context.targetLanguage();
        List<NameExtractor.Word> source = stems.sourceWords(pair.sourceText());
        List<NameExtractor.Word> target = stems.targetWords(pair.targetText());
        NameEquivalents known = equivalents.computeIfAbsent(List.of(sourceLanguage, targetLanguage),
                k -> new NameEquivalents(sourceLanguage, targetLanguage));
        List<String> sourceWords = counterparts(source);
        List<String> targetWords = counterparts(target);
        List<NameExtractor.Word> lostSource = new ArrayList<>();
        for (NameExtractor.Word name : source) {
            if (name.name() && !sourceCommon.contains(stems.source(name.text()))
                    && !found(name.text(), targetWords) && !known.firstMatches(name.text(), targetWords)) {
                lostSource.add(name);
            }
        }
        List<NameExtractor.Word> lostTarget = new ArrayList<>();
        for (NameExtractor.Word name : target) {
            if (name.name() && !targetCommon.contains(stems.target(name.text()))
                    && !found(name.text(), sourceWords) && !known.secondMatches(name.text(), sourceWords)) {
                lostTarget.add(name);
            }
        }
        return new Lost(pair, lostSource, lostTarget, weakSource(source, target, lostSource, sourceNames, sourceCommon, stems, known));
    }

    /**
     * Source words that may have lost their counterpart though they are no sure names: a word at the start of
     * a sentence that the text names elsewhere (Sanford took the stand / Нильсен заявил), and a name the
     * source gives more often than the translation does (Iran and Russia ... Russia / Ирана и Окафор ...
     * Россию). They only make a name of the translation a differing one, never a finding of their own.
     */
    private List<NameExtractor.Word> weakSource(List<NameExtractor.Word> source, List<NameExtractor.Word> target,
                                                List<NameExtractor.Word> lostSource, Set<String> sourceNames,
                                                Set<String> sourceCommon, TextWords stems, NameEquivalents known) {
        List<String> targetWords = target.stream().map(NameExtractor.Word::text).toList();
        List<NameExtractor.Word> weak = new ArrayList<>();
        for (NameExtractor.Word word : source) {
            if (word.initial() && word.text().length() >= 3 && sourceNames.contains(word.text())
                    && !sourceCommon.contains(stems.source(word.text()))
                    && !found(word.text(), targetWords) && !known.firstMatches(word.text(), targetWords)) {
                weak.add(word);
            }
        }
        Set<String> seen = new HashSet<>();
        for (NameExtractor.Word name : source) {
            if (name.name() && !lostSource.contains(name) && seen.add(name.text())
                    && !sourceCommon.contains(stems.source(name.text()))) {
                long inSource = source.stream().filter(w -> w.text().equals(name.text())).count();
                long inTarget = inSource < 2 ? inSource : target.stream().filter(w -> Character.isUpperCase(w.text().codePointAt(0))
                        && (found(name.text(), List.of(w.text())) || known.secondMatches(w.text(), List.of(name.text())))).count();
                if (inTarget < inSource) {
                    weak.add(name);
                }
            }
        }
        return weak;
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

    private List<Finding> report(Lost names, CheckContext context, TextWords stems, Map<String, Integer> recurring,
                                 Vocabulary sourceVocabulary, Map<String, Integer> targetNamePairs) {
        TextWords targetStems = stems;
        List<NameExtractor.Word> lostSource = names.source().stream().filter(s -> names.target().stream()
                .noneMatch(t -> recurring.getOrDefault(together(s, t, targetStems), 0) > 1)).toList();
        List<NameExtractor.Word> lostTarget = names.target().stream().filter(t -> names.source().stream()
                .noneMatch(s -> recurring.getOrDefault(together(s, t, targetStems), 0) > 1)).toList();
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
        boolean added = config.warnOnAddedNames() && shownSource.isEmpty() && !shownTarget.isEmpty();
        Severity severity = (differ || added) && shownTarget.stream().filter(t -> !added || addedOnce(t, targetNamePairs, stems))
                .anyMatch(t -> confident(t, shownSource, sourceVocabulary, stems, context))
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

    /**
     * Whether a name of the translation is surely not the source's: not shaped like a Russian adjective,
     * not a number word, not resembling one of the source's unmatched names, and not given anywhere in the source text.
     */
    private boolean confident(NameExtractor.Word name, List<NameExtractor.Word> sourceNames, Vocabulary sourceVocabulary,
                              TextWords stems, CheckContext context) {
        Locale language = context.targetLanguage();
        if (language.getLanguage().equals("ru") && RUSSIAN_ADJECTIVE_ENDING.matcher(name.text().toLowerCase(language)).matches()) {
            return false;
        }
        if (isAcronym(name.text()) || nameHeads(language).contains(stems.target(name.text()))
                || !spelledNumbers.computeIfAbsent(language, SpelledNumbers::new).find(name.text().toLowerCase(language)).isEmpty()) {
            return false;
        }
        if (sourceNames.stream().anyMatch(s -> matcher.resembles(s.text(), name.text()))) {
            return false;
        }
        NameEquivalents known = equivalents.computeIfAbsent(List.of(context.sourceLanguage(), language),
                k -> new NameEquivalents(context.sourceLanguage(), language));
        return !sourceVocabulary.answers().computeIfAbsent(name.text(),
                text -> sourceVocabulary.words().stream().anyMatch(w -> w.equalsIgnoreCase(text) || matcher.same(text, w))
                        || known.secondMatches(text, sourceVocabulary.words()));
    }

    /** Russian and most languages translate institutions' acronyms (МИД, ВМФ); a person's name is no acronym. */
    private static boolean isAcronym(String word) {
        return word.length() > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Stems of the words in {@code name-heads-<lang>.txt}: common words that start institution and place names. */
    private Set<String> nameHeads(Locale language) {
        return nameHeads.computeIfAbsent(language, l -> {
            WordStems stems = new WordStems(l);
            Set<String> heads = new HashSet<>();
            try (java.io.InputStream in = NamesCheck.class.getResourceAsStream("name-heads-" + l.getLanguage() + ".txt")) {
                if (in == null) {
                    return Set.of();
                }
                for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        heads.add(stems.stem(line.strip()));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot read the name-heads list for " + l, e);
            }
            return Set.copyOf(heads);
        });
    }

    /** Whether a side's unmatched names are reported, given whether the other side has unmatched names. */
    private static boolean trusted(Locale language, boolean otherSideLost) {
        String code = language.getLanguage();
        return !NO_CAPITALS.contains(code) && (!WEAK_CAPITALS.contains(code) || otherSideLost);
    }

    /**
     * Whether a word of the other side can be the same name. A lower-case word counts only when long:
     * a capitalised Russian common noun meets its English cognate (Президент / president), but short
     * words match names by chance (Мюллер / more); and it counts through the stricter {@link NameMatcher#same}.
     */
    private boolean found(String name, List<String> others) {
        for (String other : others) {
            boolean capitalised = Character.isUpperCase(other.codePointAt(0));
            boolean eligible = capitalised || other.length() >= MIN_LOWER_CASE_COUNTERPART;
            // a long common word is a cognate only when its letters agree, not merely its consonants (Spieth/субботу)
            if (eligible && (other.equalsIgnoreCase(name) || (capitalised ? matcher.matches(name, other) : matcher.same(name, other)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of a side as counterparts for {@link #found}: a lower-case part of a hyphenated name (Yong-ho)
     * is written capitalised, so that it counts however short it is.
     */
    private static List<String> counterparts(List<NameExtractor.Word> words) {
        return words.stream().map(w -> w.name() && Character.isLowerCase(w.text().codePointAt(0))
                ? w.text().substring(0, 1).toUpperCase(Locale.ROOT) + w.text().substring(1) : w.text()).toList();
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
