package org.sverka.importer;

import com.ibm.icu.lang.UScript;
import java.util.Locale;
import java.util.Objects;

/**
 * Rejects a document whose letters are not in the script of the language it is imported as: a Russian
 * side must be mostly Cyrillic, an English one mostly Latin, a Japanese one mostly kana or Han. Works for
 * any locale ICU knows a script for; other locales, and texts too short to judge, pass. For languages with
 * a common-word list (de, en, es, fr, it, nl, pt, ru, uk) it also rejects a text whose common words are
 * clearly another language's, such as English imported as German ({@link StopwordProfiles}).
 */
public final class LanguageGuard {
    /**
     * @param minLetters    texts with fewer letters are never rejected (a title page, a one-word cell)
     * @param minShare      the smallest share of letters that must be in the expected script
     */
    public record Thresholds(int minLetters, double minShare) {
        public Thresholds {
            if (minLetters < 0) {
                throw new IllegalArgumentException("minLetters must be >= 0: " + minLetters);
            }
            if (minShare < 0 || minShare > 1) {
                throw new IllegalArgumentException("minShare must be within [0, 1]: " + minShare);
            }
        }

        /** 20 letters, half of them in the expected script. */
        public Thresholds() {
            this(20, 0.5);
        }
    }

    private final Thresholds thresholds;
    private final StopwordProfiles stopwords = StopwordProfiles.load();

    public LanguageGuard() {
        this(new Thresholds());
    }

    public LanguageGuard(Thresholds thresholds) {
        this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
    }

    /**
     * Returns quietly when {@code text} can be in {@code expected}.
     *
     * @throws WrongLanguageException naming the file, the share of expected letters found and what to do
     */
    public void check(String fileName, CharSequence text, Locale expected) {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        ExpectedScripts scripts = ExpectedScripts.of(Objects.requireNonNull(expected, "expected"));
        if (!scripts.known()) {
            return;
        }
        ScriptCensus census = ScriptCensus.of(text);
        if (census.letters() < thresholds.minLetters()) {
            return;
        }
        long inExpected = scripts.lettersIn(census);
        if (inExpected < thresholds.minShare() * census.letters()) {
            throw wrongScript(fileName, expected, scripts, census, inExpected);
        }
        stopwords.dominantOtherLanguage(text.toString(), expected).ifPresent(verdict -> {
            throw new WrongLanguageException(String.format(Locale.ROOT,
                    "%s does not look %s: its common words are %s (%d%% of its words, against %d%% common %s words)."
                            + " Check the file, or give its real language with --source-lang or --target-lang.",
                    fileName, name(expected), name(Locale.forLanguageTag(verdict.language())), verdict.otherPercent(),
                    verdict.expectedPercent(), name(expected)));
        });
    }

    private static WrongLanguageException wrongScript(String fileName, Locale expected, ExpectedScripts scripts,
                                                      ScriptCensus census, long inExpected) {
        return new WrongLanguageException(String.format(Locale.ROOT,
                "%s does not look %s: %d%% of its letters are %s%s, expected most. "
                        + "Check the file, or give its real language with --source-lang or --target-lang.",
                fileName, name(expected), percent(inExpected, census.letters()),
                scripts.names(), dominantOther(census, scripts)));
    }

    private static String name(Locale language) {
        return language.getDisplayName(Locale.ENGLISH);
    }

    private static String dominantOther(ScriptCensus census, ExpectedScripts scripts) {
        int dominant = census.dominantScript();
        long count = census.lettersIn(dominant);
        if (dominant == UScript.INVALID_CODE || scripts.lettersIn(census) >= count) {
            return "";
        }
        return String.format(Locale.ROOT, " and %d%% %s", percent(count, census.letters()), UScript.getName(dominant));
    }

    private static long percent(long part, long whole) {
        return part * 100 / whole;
    }
}
