package org.sverka.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Brackets and quotation marks that are unbalanced in the translation while the source is balanced.
 * Comparing with the source matters: a quotation that runs over several sentences leaves both sides
 * unbalanced, and that is fine.
 */
public final class QuotesBracketsCheck implements PairCheck {
    public static final String ID = "QUOTES_BRACKETS";
    private static final String QUOTES = "\"«»„“”";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        for (String kind : new String[]{"()", "[]"}) {
            Optional<Span> target = unmatchedBracket(pair.targetText(), kind.charAt(0), kind.charAt(1));
            if (target.isPresent() && unmatchedBracket(pair.sourceText(), kind.charAt(0), kind.charAt(1)).isEmpty()) {
                return List.of(Finding.of(ID, Severity.WARNING, pair, "Unbalanced bracket \""
                        + target.get().of(pair.targetText()) + "\" in the translation", List.of(), List.of(target.get())));
            }
        }
        Optional<Span> quote = unmatchedQuote(pair.targetText());
        if (quote.isPresent() && unmatchedQuote(pair.sourceText()).isEmpty() && !oddSingleQuotes(pair.sourceText())) {
            return List.of(Finding.of(ID, Severity.WARNING, pair, "Unbalanced quotation mark \""
                    + quote.get().of(pair.targetText()) + "\" in the translation", List.of(), List.of(quote.get())));
        }
        return List.of();
    }

    private static Optional<Span> unmatchedBracket(String text, char open, char close) {
        Deque<Integer> opened = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == open) {
                opened.push(i);
            } else if (c == close) {
                if (opened.isEmpty()) {
                    return Optional.of(new Span(i, i + 1));
                }
                opened.pop();
            }
        }
        return opened.isEmpty() ? Optional.empty() : Optional.of(new Span(opened.peekLast(), opened.peekLast() + 1));
    }

    /**
     * Whether single quotation marks (‘’ or a straight ' at a word edge, not an apostrophe inside a
     * word) are odd in number: English often quotes with them where the translation uses «».
     */
    private static boolean oddSingleQuotes(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
            if (c == '‘' || (c == '\'' || c == '’') && !(letterBefore && letterAfter) && !(c != '‘' && letterBefore && i + 1 < text.length() && text.charAt(i + 1) == 's')) {
                count++;
            }
        }
        return count % 2 != 0;
    }

    /** Guillemets must pair up; all double quotes together must be even in number. */
    private static Optional<Span> unmatchedQuote(String text) {
        int guillemets = 0;
        int total = 0;
        int last = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) >= 0) {
                total++;
                last = i;
                guillemets += c == '«' ? 1 : c == '»' ? -1 : 0;
            }
        }
        boolean unbalanced = guillemets != 0 || total % 2 != 0;
        return unbalanced ? Optional.of(new Span(last, last + 1)) : Optional.empty();
    }

    @Override
    public CheckExample example() {
        return CheckExample.of("He said \"no\" (twice).", "Он сказал «нет» (дважды).",
                "He said \"no\" (twice).", "Он сказал «нет» <marker>(</marker>дважды.");
    }
}
