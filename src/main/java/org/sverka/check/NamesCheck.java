package org.sverka.check;

import java.util.ArrayList;
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
 */
public final class NamesCheck implements PairCheck {
    public static final String ID = "NAMES";
    private static final Set<String> WEAK_CAPITALS = Set.of("en");
    private static final Set<String> NO_CAPITALS = Set.of("de", "lb");

    private final NameMatcher matcher = new NameMatcher();
    private final Map<Locale, NameExtractor> extractors = new ConcurrentHashMap<>();
    private final Map<List<Locale>, NameEquivalents> equivalents = new ConcurrentHashMap<>();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        if (pair.sourceText().isBlank() || pair.targetText().isBlank()) {
            return List.of();
        }
        Locale sourceLanguage = context.sourceLanguage();
        Locale targetLanguage = context.targetLanguage();
        List<NameExtractor.Word> source = extractors.computeIfAbsent(sourceLanguage, NameExtractor::new).words(pair.sourceText());
        List<NameExtractor.Word> target = extractors.computeIfAbsent(targetLanguage, NameExtractor::new).words(pair.targetText());
        NameEquivalents known = equivalents.computeIfAbsent(List.of(sourceLanguage, targetLanguage),
                k -> new NameEquivalents(sourceLanguage, targetLanguage));
        List<String> sourceWords = source.stream().map(NameExtractor.Word::text).toList();
        List<String> targetWords = target.stream().map(NameExtractor.Word::text).toList();
        List<NameExtractor.Word> lostSource = new ArrayList<>();
        for (NameExtractor.Word name : source) {
            if (name.name() && !found(name.text(), targetWords) && !known.firstMatches(name.text(), targetWords)) {
                lostSource.add(name);
            }
        }
        List<NameExtractor.Word> lostTarget = new ArrayList<>();
        for (NameExtractor.Word name : target) {
            if (name.name() && !found(name.text(), sourceWords) && !known.secondMatches(name.text(), sourceWords)) {
                lostTarget.add(name);
            }
        }
        boolean reportSource = !lostSource.isEmpty() && trusted(sourceLanguage, !lostTarget.isEmpty());
        boolean reportTarget = !lostTarget.isEmpty() && trusted(targetLanguage, !lostSource.isEmpty());
        if (!reportSource && !reportTarget) {
            return List.of();
        }
        List<NameExtractor.Word> shownSource = reportSource ? lostSource : List.of();
        List<NameExtractor.Word> shownTarget = reportTarget ? lostTarget : List.of();
        String message = !shownSource.isEmpty() && !shownTarget.isEmpty()
                ? "Names differ: " + texts(shownSource) + " vs " + texts(shownTarget)
                : !shownSource.isEmpty() ? "Name not found in the translation: " + texts(shownSource)
                : "Name in the translation not found in the source: " + texts(shownTarget);
        return List.of(Finding.of(ID, Severity.WARNING, pair, message, spans(shownSource), spans(shownTarget)));
    }

    /** Whether a side's unmatched names are reported, given whether the other side has unmatched names. */
    private static boolean trusted(Locale language, boolean otherSideLost) {
        String code = language.getLanguage();
        return !NO_CAPITALS.contains(code) && (!WEAK_CAPITALS.contains(code) || otherSideLost);
    }

    private boolean found(String name, List<String> others) {
        for (String other : others) {
            if (other.equalsIgnoreCase(name) || matcher.matches(name, other)) {
                return true;
            }
        }
        return false;
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
