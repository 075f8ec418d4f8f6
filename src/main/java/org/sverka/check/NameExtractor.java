package org.sverka.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the words of a text that are probably names: capitalised words that do not start a sentence
 * or a quotation, and acronyms anywhere. Month and weekday names (from ICU) and the words in
 * {@code not-names-<lang>.txt} ("I", "Mr") are left out.
 */
final class NameExtractor {
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*");
    private static final Pattern POSSESSIVE = Pattern.compile("['’]s?$");
    private static final String SENTENCE_END = ".!?:…;";
    private static final String OPENERS = "\"'«“„‘([—–-";
    private static final String QUOTES = "\"'”’“";
    private static final int MAX_ACRONYM = 6;
    private static final int MAX_NAME_PART = 5;
    /**
     * Russian capitalises the first word of institution names (Национальной ассамблеи, Юридическом
     * комитете), usually a translated adjective in -н- or -ческ-. Surnames rarely end so (the -ин-
     * of Карениной is kept), while -ым, -ой, -ский are left alone: Ивановым, Петровой, Зеленский.
     */
    private static final Pattern RUSSIAN_ADJECTIVE = Pattern.compile(
            ".{2,}(?:(?<!и)н|ческ)(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ых|их|ую|юю|ыми|ими|ей)");

    /**
     * A word of the text: where it is, whether it is a candidate name, and whether it would be one but for
     * starting a sentence or a quotation (a name there cannot be told from a capitalised common word).
     */
    record Word(Span span, String text, boolean name, boolean initial) { }

    private final Set<String> notNames = new HashSet<>();
    private final Locale locale;

    NameExtractor(Locale locale) {
        this.locale = locale;
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLocale(locale));
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[]{DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                for (String name : symbols.getMonths(context, width)) {
                    notNames.add(name.toLowerCase(locale).replace(".", ""));
                }
                for (String name : symbols.getWeekdays(context, width)) {
                    notNames.add(name.toLowerCase(locale).replace(".", ""));
                }
            }
        }
        load(locale.getLanguage());
    }

    List<Word> words(String text) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = POSSESSIVE.matcher(m.group()).replaceFirst("");
            Span span = new Span(m.start(), m.start() + word.length());
            boolean capitalised = isCapitalised(word);
            boolean initial = capitalised && startsSentence(text, m.start());
            boolean name = capitalised && (isAcronym(word) || !initial) || namePart(text, m.start(), word, words);
            words.add(new Word(span, word, name, initial && !isAcronym(word)));
        }
        return words;
    }

    /**
     * Whether a short lower-case word is the last part of a hyphenated name: Korean given names (Yong-ho,
     * Jae-in, Byeong-seug) and Russian compounds (Гран-при) write it in lower case.
     */
    private static boolean namePart(String text, int start, String word, List<Word> before) {
        return word.length() <= MAX_NAME_PART && Character.isLowerCase(word.codePointAt(0)) && start > 0 && text.charAt(start - 1) == '-'
                && !before.isEmpty() && before.get(before.size() - 1).name() && before.get(before.size() - 1).span().end() == start - 1;
    }

    /** Whether a word has a name's shape wherever it stands: an acronym, or capitalised and not a listed common word. */
    private boolean isCapitalised(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.codePointAt(0))
                || notNames.contains(word.toLowerCase(locale))) {
            return false;
        }
        if (isAcronym(word)) {
            return true;
        }
        boolean shouting = word.length() > MAX_ACRONYM && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        boolean adjective = locale.getLanguage().equals("ru") && RUSSIAN_ADJECTIVE.matcher(word.toLowerCase(locale)).matches();
        return !shouting && !adjective;
    }

    private static boolean isAcronym(String word) {
        return word.length() <= MAX_ACRONYM && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    private boolean startsSentence(String text, int start) {
        int i = start - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || OPENERS.indexOf(text.charAt(i)) >= 0)) {
            char c = text.charAt(i);
            // a quotation mark right after a word or a comma closes a quotation: ," Fleischer wrote
            boolean closing = QUOTES.indexOf(c) >= 0 && i > 0 && !Character.isWhitespace(text.charAt(i - 1))
                    && OPENERS.indexOf(text.charAt(i - 1)) < 0;
            if (OPENERS.indexOf(c) >= 0 && c != '-' && !closing) {
                return true;
            }
            i--;
        }
        return i < 0 || SENTENCE_END.indexOf(text.charAt(i)) >= 0 && !abbreviation(text, i);
    }

    /** Whether the full stop at {@code dot} ends a title or an initial (Mr. Merriweather, J. Smith) rather than a sentence. */
    private boolean abbreviation(String text, int dot) {
        if (text.charAt(dot) != '.') {
            return false;
        }
        int begin = dot;
        while (begin > 0 && Character.isLetter(text.charAt(begin - 1))) {
            begin--;
        }
        String word = text.substring(begin, dot);
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0))
                && (word.length() == 1 || notNames.contains(word.toLowerCase(locale)) && !word.equals("I"));
    }

    private void load(String language) {
        try (InputStream in = NameExtractor.class.getResourceAsStream("not-names-" + language + ".txt")) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    notNames.add(line.strip().toLowerCase(locale));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the not-names list for " + language, e);
        }
    }
}
