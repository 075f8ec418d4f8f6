package org.sverka.check;

import java.util.List;

/**
 * The final punctuation mark should say the same thing on both sides: a question stays a question,
 * an exclamation an exclamation, a sentence that ends with a full stop keeps one.
 * Closing quotes and brackets are looked through; a full stop against an ellipsis is accepted.
 */
public final class EndPunctuationCheck implements PairCheck {
    public static final String ID = "END_PUNCTUATION";

    private enum End { QUESTION, EXCLAMATION, STOP, CONTINUES, NONE }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        int sourceAt = lastMark(pair.sourceText());
        int targetAt = lastMark(pair.targetText());
        if (sourceAt < 0 || targetAt < 0) {
            return List.of();
        }
        End source = end(pair.sourceText(), sourceAt);
        End target = end(pair.targetText(), targetAt);
        // Russian puts the sentence's full stop after a quotation that ends in ? or !: «Как?».
        int targetQuoted = quotedMark(pair.targetText(), targetAt);
        if (target == End.STOP && targetQuoted >= 0) {
            targetAt = targetQuoted;
            target = end(pair.targetText(), targetAt);
        }
        // a segment ending in a comma or dash continues in the next one: its partner may end anywhere
        boolean differ = source != target && source != End.CONTINUES && target != End.CONTINUES
                && (source == End.QUESTION || target == End.QUESTION || source == End.EXCLAMATION && target == End.NONE
                || source == End.STOP && target == End.NONE || source == End.NONE && target == End.STOP);
        if (!differ) {
            return List.of();
        }
        // a missing full stop is a slip of form (headlines often have none); a question inside a quotation
        // is often rendered as reported speech
        boolean minor = source == End.STOP && target == End.NONE || source == End.NONE && target == End.STOP
                || source == End.QUESTION && target == End.STOP && insideQuotation(pair.sourceText(), sourceAt);
        return List.of(Finding.of(ID, minor ? Severity.INFO : Severity.WARNING, pair,
                "End punctuation differs: " + describe(source) + " in the source, " + describe(target) + " in the translation",
                List.of(markSpan(pair.sourceText(), sourceAt)), List.of(markSpan(pair.targetText(), targetAt))));
    }

    /** Index of the last char that is not a space, closing quote or bracket; -1 for blank text. */
    private static int lastMark(String text) {
        int i = text.length() - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"'»”’“‘)]".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i;
    }

    /** Where a ? or ! stands right before the closing quotes that precede the full stop at {@code at}, or -1. */
    private static int quotedMark(String text, int at) {
        int i = at - 1;
        while (i >= 0 && "»”“\"'’".indexOf(text.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && i < at - 1 && "?!".indexOf(text.charAt(i)) >= 0 ? i : -1;
    }

    private static boolean insideQuotation(String text, int at) {
        return at + 1 < text.length() && "»”“\"'’".indexOf(text.charAt(at + 1)) >= 0;
    }

    private static End end(String text, int at) {
        return switch (text.charAt(at)) {
            case '?' -> End.QUESTION;
            case '!' -> End.EXCLAMATION;
            case '.', '…' -> End.STOP;
            case ',', ';', ':', '—', '–', '-' -> End.CONTINUES;
            default -> End.NONE;
        };
    }

    private static Span markSpan(String text, int at) {
        return new Span(at, at + 1);
    }

    private static String describe(End end) {
        return switch (end) {
            case QUESTION -> "a question mark";
            case EXCLAMATION -> "an exclamation mark";
            case STOP -> "a full stop";
            case CONTINUES -> "a continuation mark";
            case NONE -> "no final mark";
        };
    }

    @Override
    public CheckExample example() {
        return CheckExample.of("Is it raining?", "Идёт дождь?",
                "Is it raining<marker>?</marker>", "Идёт дождь<marker>.</marker>");
    }
}
