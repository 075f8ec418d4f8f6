package org.sverka.check;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Brackets and quotation marks that are unbalanced in the translation while the source is balanced.
 * A missing closing quotation mark is a real slip that reviewers miss; counting marks is not enough,
 * since English opens and closes with the same mark.
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
            boolean possessive = c != '‘' && letterBefore && (i + 1 < text.length() && text.charAt(i + 1) == 's'
                    || text.charAt(i - 1) == 's' && !letterAfter && (i + 1 == text.length() || text.charAt(i + 1) == ' '));
            if (c == '‘' || (c == '\'' || c == '’') && !(letterBefore && letterAfter) && !possessive) {
                count++;
            }
        }
        return count % 2 != 0;
    }

    /**
     * The first quotation mark that closes nothing, or the last one left open. « opens and » closes;
     * a symmetric mark (" “ ” „) opens at the start of a word and closes after one. Russian writes one »
     * for two closing guillemets («он сказал «нет»), so a single guillemet left open after a nested one
     * is balanced.
     */
    private static Optional<Span> unmatchedQuote(String text) {
        Deque<Integer> opened = new ArrayDeque<>();
        boolean nestedGuillemets = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (QUOTES.indexOf(c) < 0) {
                continue;
            }
            if (opens(text, i)) {
                nestedGuillemets |= c == '«' && !opened.isEmpty() && text.charAt(opened.peek()) == '«';
                opened.push(i);
            } else if (opened.isEmpty()) {
                return Optional.of(new Span(i, i + 1));
            } else {
                opened.pop();
            }
        }
        if (opened.isEmpty() || opened.size() == 1 && text.charAt(opened.peek()) == '«' && nestedGuillemets) {
            return Optional.empty();
        }
        return Optional.of(new Span(opened.peek(), opened.peek() + 1));
    }

    private static boolean opens(String text, int i) {
        char c = text.charAt(i);
        if (c == '«' || c == '„') {
            return true;
        }
        if (c == '»') {
            return false;
        }
        char before = i == 0 ? ' ' : text.charAt(i - 1);
        return Character.isWhitespace(before) || "([{—–-/«„".indexOf(before) >= 0
                || QUOTES.indexOf(before) >= 0 && opens(text, i - 1);
    }

    @Override
    public CheckExample example() {
        return CheckExample.of("He said \"no\" (twice).", "Он сказал «нет» (дважды).",
                "He said \"no\" (twice).", "Он сказал «нет» <marker>(</marker>дважды.");
    }
}
