package org.sverka.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sverka.transliteration.SpellingSkeleton;

/**
 * Which content words of a source sentence its translation renders, by the user's dictionary: a word is
 * COVERED when a translation of it (by stem) is in the target, when it is a borrowed word the target also has
 * ({@link SpellingSkeleton}), a number or a capitalised word (names and headline words: the NAMES and NUMBERS checks
 * follow those); UNCOVERED when the dictionary translates it but no translation is in the target; UNKNOWN when
 * the dictionary does not know it. Function words are left out. Not thread-safe (stemmers).
 */
final class SourceCoverage {
    enum Status { COVERED, UNCOVERED, UNKNOWN }

    /** One content word of the source: where it is and what became of it. */
    record Word(int start, int end, Status status) { }

    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['’]\\p{L}+)*|\\d+");
    private static final Pattern TARGET_WORD = Pattern.compile("[\\p{L}\\d]+");
    /**
     * Russian stems of one word differ by a suffix the stemmer keeps (выступ / выступа), and the two aspects of
     * a verb by a longer one (опубликова / опубликовыва).
     */
    private static final int MIN_SHARED_PREFIX = 5;
    private static final int MAX_SHORT_SUFFIX = 2;
    private static final int MAX_LONG_SUFFIX = 4;
    /** Russian verbs take prefixes of up to four letters (пере-); what remains must be a word. */
    private static final int MAX_PREFIX = 4;
    private static final int MIN_PREFIXED = 4;

    private final WordTranslations translations;
    private final WordStems sourceStems;
    private final WordStems targetStems;
    private final StopWords stopWords;
    private final SourceLemmas lemmas;
    private final SpellingSkeleton cognates = new SpellingSkeleton(ContentAnchors.COGNATES);

    SourceCoverage(WordTranslations translations) {
        this.translations = translations;
        this.sourceStems = new WordStems(translations.sourceLanguage());
        this.targetStems = new WordStems(translations.targetLanguage());
        this.stopWords = StopWords.of(translations.sourceLanguage());
        this.lemmas = SourceLemmas.of(translations.sourceLanguage());
    }

    List<Word> of(String source, String target) {
        Set<String> stems = new HashSet<>();
        List<String> skeletons = new ArrayList<>();
        Matcher t = TARGET_WORD.matcher(target);
        while (t.find()) {
            stems.add(targetStems.stem(t.group()));
            skeletons.add(cognates.of(t.group().toLowerCase(translations.targetLanguage())));
        }
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(source);
        while (m.find()) {
            String word = m.group();
            String lower = word.toLowerCase(translations.sourceLanguage()).replace('ё', 'е');
            if (Character.isDigit(word.charAt(0))) {
                words.add(new Word(m.start(), m.end(), Status.COVERED));
                continue;
            }
            if (lower.length() < 3 || stopWords.contains(lower)) {
                continue;
            }
            words.add(new Word(m.start(), m.end(), status(word, lower, stems, skeletons)));
        }
        return words;
    }

    /** The share of the known source words of a text's pairs that their translations render (0 for none). */
    double share(List<CheckedPair> pairs) {
        int covered = 0;
        int known = 0;
        for (CheckedPair pair : pairs) {
            if (!pair.sourceText().isBlank() && !pair.targetText().isBlank()) {
                for (Word word : of(pair.sourceText(), pair.targetText())) {
                    covered += word.status() == Status.COVERED ? 1 : 0;
                    known += word.status() != Status.UNKNOWN ? 1 : 0;
                }
            }
        }
        return known == 0 ? 0 : (double) covered / known;
    }

    private Status status(String word, String lower, Set<String> stems, List<String> skeletons) {
        if (Character.isUpperCase(word.codePointAt(0))) {
            return Status.COVERED; // a name, or a headline's word: the NAMES check follows names
        }
        Set<String> known = new HashSet<>();
        for (String lemma : lemmas.candidates(lower)) {
            known.addAll(translations.of(sourceStems.stem(lemma)));
        }
        for (String translation : known) {
            if (stems.contains(translation) || stems.stream().anyMatch(s -> sameWord(translation, s) || prefixed(translation, s))) {
                return Status.COVERED;
            }
        }
        String skeleton = cognates.of(lower);
        if (skeleton.length() >= SpellingSkeleton.MIN_PREFIX_LENGTH && skeletons.stream().anyMatch(s -> cognates.matches(skeleton, s))) {
            return Status.COVERED;
        }
        return known.isEmpty() ? Status.UNKNOWN : Status.UNCOVERED;
    }

    /** A target word with a prefix the translation lacks: написа for писа (a Russian perfective), without it. */
    static boolean prefixed(String translation, String stem) {
        for (int p = 1; p <= MAX_PREFIX && stem.length() - p >= MIN_PREFIXED; p++) {
            String rest = stem.substring(p);
            if (rest.equals(translation) || sameWord(translation, rest)) {
                return true;
            }
        }
        return false;
    }

    static boolean sameWord(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        int shortSuffix = Math.min(a.length(), b.length()) - prefix;
        int longSuffix = Math.max(a.length(), b.length()) - prefix;
        return prefix >= MIN_SHARED_PREFIX && shortSuffix <= MAX_SHORT_SUFFIX && longSuffix <= MAX_LONG_SUFFIX;
    }
}
