package org.sverka.check;

import com.ibm.icu.lang.UScript;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A translation left in the source language: identical to the source, or written in the source's
 * script when the languages use different scripts. Segments of only numbers, names, acronyms or URLs
 * may legitimately stay the same.
 */
public final class UntranslatedCheck implements PairCheck {
    public static final String ID = "UNTRANSLATED";
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\w+");
    /** A word that is surely a word of the language, not a name: lower-case, three letters or more. */
    private static final Pattern COMMON_WORD = Pattern.compile("(?<!\\p{L})\\p{Ll}{3,}(?!\\p{L})");
    private static final Pattern WORD = Pattern.compile("(?<!\\p{L})\\p{L}{2,}(?!\\p{L})");
    /** Enough words that a title-case headline ("It Is Very Bad") is text, not a list of names. */
    private static final int MIN_WORDS = 4;

    @Override
    public String id() {
        return ID;
    }

    @Override
    public List<Finding> check(CheckedPair pair, CheckContext context) {
        String source = pair.sourceText().strip();
        String target = pair.targetText().strip();
        if (source.isEmpty() || target.isEmpty() || !languageText(target)) {
            return List.of();
        }
        if (source.equalsIgnoreCase(target)) {
            return finding(pair, "Translation is identical to the source");
        }
        int sourceScript = script(context.sourceLanguage());
        int targetScript = script(context.targetLanguage());
        if (sourceScript != targetScript && letterShare(target, sourceScript) > 0.5 && letterShare(target, targetScript) < 0.2) {
            return finding(pair, "Translation is written in the source language's script");
        }
        return List.of();
    }

    private static List<Finding> finding(CheckedPair pair, String message) {
        Span whole = new Span(0, pair.targetText().length());
        return List.of(Finding.of(ID, Severity.ERROR, pair, message, List.of(), List.of(whole)));
    }

    /** Whether the text has a lower-case word of three letters or more, or four words at all (URLs aside). */
    private static boolean languageText(String text) {
        String words = URL.matcher(text).replaceAll(" ");
        return COMMON_WORD.matcher(words).find() || WORD.matcher(words).results().count() >= MIN_WORDS;
    }

    private static int script(Locale language) {
        int[] scripts = UScript.getCode(language);
        return scripts.length == 0 ? UScript.LATIN : scripts[0];
    }

    private static double letterShare(String text, int script) {
        int letters = 0;
        int inScript = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                letters++;
                inScript += UScript.getScript(cp) == script ? 1 : 0;
            }
            i += Character.charCount(cp);
        }
        return letters == 0 ? 0 : (double) inScript / letters;
    }

    @Override
    public CheckExample example() {
        return CheckExample.of("The minister resigned on Friday.", "Министр ушёл в отставку в пятницу.",
                "The minister resigned on Friday.", "<marker>The minister resigned on Friday.</marker>");
    }
}
