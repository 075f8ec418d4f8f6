package org.sverka.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import com.ibm.icu.text.Normalizer2;
import org.sverka.model.AlignedPair;

/**
 * Finds the pairs whose text contains a query. Plain text ignores case in every script (ICU NFKC
 * case folding, so "ПУТИН" finds "Путин" and a composed letter finds its decomposed form) and treats
 * "ё" as "е", because Russian text usually writes one for the other. Regex mode uses
 * {@link Pattern} with Unicode case folding and Unicode character classes (\w matches Cyrillic).
 */
public final class PairSearch {
    private static final Normalizer2 FOLD = Normalizer2.getNFKCCasefoldInstance();
    private static final int REGEX_FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE
            | Pattern.UNICODE_CHARACTER_CLASS;

    private PairSearch() {
    }

    /**
     * Numbers of the pairs that match, in list order.
     *
     * @param regex whether {@code query} is a regular expression rather than plain text
     */
    public static List<Integer> search(List<AlignedPair> pairs, String query, boolean regex, SearchSide side) {
        Objects.requireNonNull(pairs, "pairs");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(side, "side");
        if (query.isEmpty()) {
            throw new ReviewRefusedException("The search text is empty: give a word or phrase to look for.");
        }
        Predicate<String> matches = regex ? pattern(query) : plain(query);
        List<Integer> found = new ArrayList<>();
        for (AlignedPair pair : pairs) {
            boolean hit = (side != SearchSide.TARGET && matches.test(pair.sourceText()))
                    || (side != SearchSide.SOURCE && matches.test(pair.targetText()));
            if (hit) {
                found.add(pair.number());
            }
        }
        return List.copyOf(found);
    }

    private static Predicate<String> plain(String query) {
        String folded = fold(query);
        return text -> fold(text).contains(folded);
    }

    private static Predicate<String> pattern(String query) {
        try {
            Pattern pattern = Pattern.compile(query, REGEX_FLAGS);
            return text -> pattern.matcher(text).find();
        } catch (PatternSyntaxException bad) {
            throw new ReviewRefusedException("\"" + query + "\" is not a valid regular expression (" + bad.getDescription()
                    + " at position " + bad.getIndex() + "): fix it, or search it as plain text.", bad);
        }
    }

    static String fold(String text) {
        return FOLD.normalize(text).replace('ё', 'е');
    }
}
