package org.sverka.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.transliteration.SkeletonSettings;
import org.sverka.transliteration.SpellingSkeleton;

/**
 * The words and numbers of a sentence that survive translation recognisably: numbers in any notation,
 * and names and borrowed words through their spelling skeleton ({@link SpellingSkeleton}, with
 * {@link #COGNATES}). Used to tell where the translation of a sentence went when the aligner left it unpaired.
 */
final class ContentAnchors {
    /**
     * The checks' cognates: k, q, tz and x merged into c (Brexit ~ Брексит), only a-z and 0-9 kept, and
     * two-letter acronyms matched when equal (EU, UN); ICU's romanisation to the letter, as the checks had it
     * before they shared the aligner's table. Shared with {@link SourceCoverage}.
     */
    static final SkeletonSettings COGNATES = new SkeletonSettings(true, true, 2, false);
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\d]*");
    /** Common words shorter than this are too often look-alikes by chance. */
    private static final int MIN_WORD = 5;
    /** Names are rarer than common words: Palu, Ford, Rahm. */
    private static final int MIN_NAME = 4;

    /** A sentence's anchors: number mentions and word skeletons. */
    record Anchors(List<NumberMention> numbers, List<String> words) {
        boolean isEmpty() {
            return numbers.isEmpty() && words.isEmpty();
        }
    }

    private final SpellingSkeleton cognates = new SpellingSkeleton(COGNATES);
    private final NumberExtractor sourceNumbers;
    private final NumberExtractor targetNumbers;

    ContentAnchors(CheckContext context) {
        this.sourceNumbers = new NumberExtractor(context.sourceLanguage());
        this.targetNumbers = new NumberExtractor(context.targetLanguage());
    }

    Anchors of(String text, boolean source) {
        List<NumberMention> numbers = (source ? sourceNumbers : targetNumbers).digitNumbers(text);
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String word = m.group();
            boolean name = Character.isUpperCase(word.codePointAt(0)) && word.length() >= MIN_NAME;
            if (word.length() >= MIN_WORD || name || isAcronym(word)) {
                String skeleton = cognates.of(m.group().toLowerCase(Locale.ROOT));
                if ((skeleton.length() >= SpellingSkeleton.MIN_PREFIX_LENGTH || isAcronym(m.group())) && !words.contains(skeleton)) {
                    words.add(skeleton);
                }
            }
        }
        return new Anchors(numbers, words);
    }

    /** NATO, HMC, HER2: kept however short, since transcription keeps Latin acronyms as they are. */
    private static boolean isAcronym(String word) {
        return word.length() >= 2 && word.codePoints().filter(Character::isUpperCase).count() >= 2
                && word.codePoints().noneMatch(Character::isLowerCase);
    }

    /** How many anchors of {@code sentence} have a counterpart in {@code other} but none in {@code sameSide}. */
    int newlyMatched(Anchors sentence, Anchors other, Anchors sameSide) {
        int matched = 0;
        for (NumberMention n : sentence.numbers()) {
            if (other.numbers().stream().anyMatch(n::matches) && sameSide.numbers().stream().noneMatch(n::matches)) {
                matched++;
            }
        }
        for (String w : sentence.words()) {
            if (other.words().stream().anyMatch(o -> cognates.matches(w, o)) && sameSide.words().stream().noneMatch(s -> cognates.matches(w, s))) {
                matched++;
            }
        }
        return matched;
    }

    /** How many numbers of {@code sentence} have no counterpart in {@code other}. */
    static int unmatchedNumbers(Anchors sentence, Anchors other) {
        return (int) sentence.numbers().stream().filter(n -> other.numbers().stream().noneMatch(n::matches)).count();
    }
}
