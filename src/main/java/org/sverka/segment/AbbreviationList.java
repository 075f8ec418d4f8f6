package org.sverka.segment;

import com.ibm.icu.impl.ICUData;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.UResourceBundle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Set;
import org.sverka.SverkaException;

/**
 * The abbreviations of one language after which a sentence does not end: ICU's built-in list for the
 * language (en, de, fr, ru, ... have one) plus sverka's data file {@code org/sverka/segment/<language>.txt}
 * (one entry per line, final period included, {@code #} starts a comment). An entry written as
 * {@code No. <number>} holds only before a digit ("No. 5"), so "'No. Why?'" still splits. An entry written
 * as {@code <number> г.} follows a number ("в 2021 г.", "XIX в.") and may end a sentence: the segmenter
 * weighs what comes after it. An entry written as {@code p.m. <unless opener>} often ends a sentence: it holds
 * unless a capitalised sentence opener follows ("by 1 p.m. However, turnout" splits, "at 5 p.m. Moscow time" not).
 */
final class AbbreviationList {

    private static final String BEFORE_NUMBER = " <number>";
    private static final String AFTER_NUMBER = "<number> ";
    private static final String UNLESS_OPENER = " <unless opener>";

    private final Set<String> builtIn;
    private final Set<String> always;
    private final Set<String> beforeNumber;
    private final Set<String> afterNumber;
    private final Set<String> unlessOpener;

    private AbbreviationList(Set<String> builtIn, Set<String> always, Set<String> beforeNumber,
                             Set<String> afterNumber, Set<String> unlessOpener) {
        this.builtIn = Set.copyOf(builtIn);
        this.always = Set.copyOf(always);
        this.beforeNumber = Set.copyOf(beforeNumber);
        this.afterNumber = Set.copyOf(afterNumber);
        this.unlessOpener = Set.copyOf(unlessOpener);
    }

    static AbbreviationList none() {
        return new AbbreviationList(Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    static AbbreviationList forLanguage(Locale language) {
        Set<String> builtIn = icuBuiltIn(language);
        Set<String> always = new LinkedHashSet<>(builtIn);
        Set<String> beforeNumber = new HashSet<>();
        Set<String> afterNumber = new HashSet<>();
        Set<String> unlessOpener = new HashSet<>();
        for (String entry : sverkaEntries(language)) {
            if (entry.endsWith(UNLESS_OPENER)) {
                unlessOpener.add(entry.substring(0, entry.length() - UNLESS_OPENER.length()));
            } else if (entry.startsWith(AFTER_NUMBER)) {
                afterNumber.add(entry.substring(AFTER_NUMBER.length()));
            } else if (entry.endsWith(BEFORE_NUMBER)) {
                beforeNumber.add(entry.substring(0, entry.length() - BEFORE_NUMBER.length()));
            } else {
                always.add(entry);
            }
        }
        always.removeAll(beforeNumber);
        always.removeAll(unlessOpener);
        return new AbbreviationList(builtIn, always, beforeNumber, afterNumber, unlessOpener);
    }

    private static Set<String> icuBuiltIn(Locale language) {
        // The same data FilteredBreakIteratorBuilder.getInstance reads; ICU offers no public getter for it.
        UResourceBundle bundle = UResourceBundle.getBundleInstance(ICUData.ICU_BRKITR_BASE_NAME,
                ULocale.forLocale(language));
        if (!bundle.getULocale().getLanguage().equals(language.getLanguage())) {
            return Set.of();
        }
        Set<String> entries = new LinkedHashSet<>();
        try {
            UResourceBundle list = bundle.get("exceptions").get("SentenceBreak");
            for (int i = 0; i < list.getSize(); i++) {
                entries.add(list.getString(i));
            }
        } catch (MissingResourceException noList) {
            return Set.of();
        }
        return entries;
    }

    private static Set<String> sverkaEntries(Locale language) {
        String name = language.getLanguage() + ".txt";
        Set<String> entries = new LinkedHashSet<>();
        try (InputStream in = AbbreviationList.class.getResourceAsStream(name)) {
            if (in == null) {
                return entries;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new SverkaException("Cannot read the bundled abbreviation list " + name
                    + " for language '" + language + "': the sverka jar looks damaged, reinstall it.", e);
        }
        return entries;
    }

    /**
     * Whether ICU's filter can be trusted with an entry. It matches an entry against the end of the
     * text before a break, not against a whole word: ICU's own "ул." keeps "утонул. Потом" together,
     * "O." keeps "NATO. The" together. Only entries that start with a capital and hold two letters are
     * safe enough; the rest are matched as whole words by {@link #endsSentenceNot}.
     */
    static boolean safeForSuffixMatching(String entry) {
        long letters = entry.codePoints().filter(Character::isLetter).count();
        return Character.isUpperCase(entry.codePointAt(0)) && letters >= 2;
    }

    /** ICU's built-in entries, which the segmenter must take back from ICU's filter when unsafe. */
    List<String> builtIn() {
        return List.copyOf(builtIn);
    }

    /** The entries that hold whatever follows them. */
    List<String> always() {
        return List.copyOf(always);
    }

    /** Whether a whole word is an entry that often ends a sentence ("p.m.", "U.S."): it holds unless an opener follows. */
    boolean holdsUnlessOpener(String word) {
        return unlessOpener.contains(word);
    }

    /** Whether a whole word is an entry that follows a number and may end a sentence ("г.", "вв."). */
    boolean followsNumber(String word) {
        return afterNumber.contains(word);
    }

    /**
     * Whether a whole word is an abbreviation that keeps the sentence going, given the character
     * that starts the next word; a capitalised word also matches a lowercase entry ("См." = "см.").
     */
    boolean endsSentenceNot(String word, char next) {
        if (word.isEmpty()) {
            return false;
        }
        int first = word.codePointAt(0);
        String decapitalised = Character.toString(Character.toLowerCase(first))
                + word.substring(Character.charCount(first));
        boolean listed = always.contains(word) || always.contains(decapitalised) || unlessOpener.contains(word);
        boolean numbered = beforeNumber.contains(word) || beforeNumber.contains(decapitalised);
        return listed || (numbered && Character.isDigit(next));
    }
}
