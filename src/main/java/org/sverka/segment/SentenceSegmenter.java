package org.sverka.segment;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

/**
 * Splits paragraphs into sentences for one language: ICU's sentence rules, filtered by ICU's built-in
 * abbreviation list (where ICU has one) and sverka's own list ({@link AbbreviationList}), then word-level
 * rules ICU cannot express (see {@link SegmentationRules}). Immutable and thread-safe.
 */
public final class SentenceSegmenter {

    /**
     * Abbreviations and initials are short, and so is the run of quotes and dashes before the first
     * letter of a next sentence; looking further is waste, and would make text with many breaks and
     * few letters ("? ? ? ...") quadratic.
     */
    private static final int LOOK_AROUND = 40;

    /** Languages that write ordinals as a number and a period ("am 10. September", "2. Klasse"). */
    private static final java.util.Set<String> DOTTED_ORDINALS = java.util.Set.of(
            "de", "da", "nb", "nn", "no", "fi", "cs", "sk", "sl", "hr", "sr", "bs", "pl", "hu", "et", "lv", "is", "tr");

    private final BreakIterator prototype;
    private final AbbreviationList abbreviations;
    private final SentenceOpeners openers;
    private final SegmentationRules rules;
    private final boolean dottedOrdinals;

    private SentenceSegmenter(Locale language, SegmentationRules rules) {
        this.rules = Objects.requireNonNull(rules, "rules");
        this.dottedOrdinals = rules.abbreviations() && DOTTED_ORDINALS.contains(language.getLanguage());
        this.abbreviations = rules.abbreviations()
                ? AbbreviationList.forLanguage(language)
                : AbbreviationList.none();
        this.openers = rules.openers() || rules.numberOpeners()
                ? SentenceOpeners.forLanguage(language)
                : SentenceOpeners.none();
        this.prototype = rules.abbreviations() ? filtered(language, abbreviations) : plain(language);
    }

    /** A segmenter with the default rules; en, ru, de and fr get abbreviation lists, any locale works. */
    public static SentenceSegmenter forLanguage(Locale language) {
        return forLanguage(language, new SegmentationRules());
    }

    public static SentenceSegmenter forLanguage(Locale language, SegmentationRules rules) {
        return new SentenceSegmenter(Objects.requireNonNull(language, "language"), rules);
    }

    private static BreakIterator plain(Locale language) {
        return BreakIterator.getSentenceInstance(ULocale.forLocale(language));
    }

    private static BreakIterator filtered(Locale language, AbbreviationList abbreviations) {
        ULocale withBuiltInList = ULocale.forLocale(language).setKeywordValue("ss", "standard");
        FilteredBreakIteratorBuilder builder = FilteredBreakIteratorBuilder.getInstance(withBuiltInList);
        List<String> always = abbreviations.always();
        for (String entry : abbreviations.builtIn()) {
            if (!AbbreviationList.safeForSuffixMatching(entry) || !always.contains(entry)) {
                builder.unsuppressBreakAfter(entry);
            }
        }
        always.stream().filter(AbbreviationList::safeForSuffixMatching).forEach(builder::suppressBreakAfter);
        return builder.wrapIteratorWithFilter(plain(language));
    }

    /** The sentences of one paragraph, trimmed, never empty; a blank paragraph has none. */
    public List<String> split(String paragraphText) {
        List<String> sentences = new ArrayList<>();
        for (SentenceSpan span : spans(paragraphText)) {
            sentences.add(span.of(paragraphText));
        }
        return sentences;
    }

    /** Where the sentences of one paragraph lie; what is between two spans is whitespace only. */
    public List<SentenceSpan> spans(String paragraphText) {
        Objects.requireNonNull(paragraphText, "paragraphText");
        BreakIterator breaks = (BreakIterator) prototype.clone();
        breaks.setText(paragraphText);
        List<SentenceSpan> spans = new ArrayList<>();
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < paragraphText.length() && keepsGoing(paragraphText, start, end)) {
                continue;
            }
            if (rules.numberOpeners() && openers.numbers()) {
                for (int inner : FullStopBeforeNumber.breaksBetween(paragraphText, start, end, abbreviations)) {
                    addTrimmed(paragraphText, start, inner, spans);
                    start = inner;
                }
            }
            addTrimmed(paragraphText, start, end, spans);
            start = end;
        }
        return spans;
    }

    /** The sentences of a document in order, numbered from 0, each within its own paragraph. */
    public List<Sentence> segment(List<Paragraph> paragraphs) {
        List<Sentence> sentences = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            for (String text : split(paragraph.text())) {
                sentences.add(new Sentence(sentences.size(), paragraph.index(), text));
            }
        }
        return sentences;
    }

    private boolean keepsGoing(String text, int sentenceStart, int breakAt) {
        if (rules.lowercaseResumes() && resumesInLowercase(text, breakAt)) {
            return true;
        }
        int end = breakAt;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int start = wordStart(text, end);
        String word = text.substring(start, end);
        if (rules.openers() && abbreviations.followsNumber(word)
                && AbbreviationAfterNumber.numberBefore(text, start) >= 0) {
            return AbbreviationAfterNumber.continues(text, sentenceStart, start, breakAt, openers);
        }
        if (rules.openers() && abbreviations.holdsUnlessOpener(word) && openers.opensAt(text, breakAt)) {
            return false;
        }
        boolean initials = rules.initials() && isInitials(word);
        if (initials && rules.openers() && openers.opensAt(text, breakAt)) {
            return false;
        }
        return initials || abbreviations.endsSentenceNot(word, text.charAt(firstNonSpace(text, breakAt)))
                || (dottedOrdinals && isDottedOrdinal(word));
    }

    /** Where the whitespace-delimited word ending at {@code end} starts, past opening quotes or brackets. */
    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && end - start < LOOK_AROUND && !isSpace(text.charAt(start - 1))) {
            start--;
        }
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        return start;
    }

    /** Whitespace or a no-break space: "2021\u00a0г." is the word "г." after a number, as typeset Russian has it. */
    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static int firstNonSpace(String text, int from) {
        int i = from;
        while (i < text.length() - 1 && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** "А.", "В.В.", "J.R.R.": one or more capital letters, each followed by a period. */
    private static boolean isInitials(String word) {
        if (word.isEmpty() || word.length() % 2 != 0) {
            return false;
        }
        for (int i = 0; i < word.length(); i += 2) {
            if (!Character.isUpperCase(word.charAt(i)) || word.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** "2.", "10.": one or two digits and a period (a year such as "1990." may well end a sentence). */
    private static boolean isDottedOrdinal(String word) {
        int n = word.length();
        return (n == 2 || n == 3) && word.charAt(n - 1) == '.'
                && word.chars().limit(n - 1).allMatch(Character::isDigit);
    }

    /** Whether the first letter after the break, past spaces, quotes and dashes, is lowercase. */
    private static boolean resumesInLowercase(String text, int breakAt) {
        for (int i = breakAt; i < Math.min(text.length(), breakAt + LOOK_AROUND); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return Character.isLowerCase(c);
            }
        }
        return false;
    }

    /** Adds a trimmed span; a piece without letters or digits (a stray closing quote) joins the previous one. */
    private static void addTrimmed(String text, int start, int end, List<SentenceSpan> spans) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end == start) {
            return;
        }
        if (!spans.isEmpty() && text.substring(start, end).codePoints().noneMatch(Character::isLetterOrDigit)) {
            spans.add(new SentenceSpan(spans.remove(spans.size() - 1).start(), end));
        } else {
            spans.add(new SentenceSpan(start, end));
        }
    }
}
