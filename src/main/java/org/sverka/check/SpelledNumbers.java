package org.sverka.check;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds numbers written as words ("twenty-eight", "восьми", "two thousand") in one language.
 * <p>
 * ICU's RBNF parser is not used to parse: it is strict about spacing ("twenty eight" parses as 20
 * followed by 8, i.e. 2008 by concatenation) and slow when it has to try every Russian case rule set.
 * Instead every phrase for 0..999 in every spell-out rule set (all cases and genders) is formatted once
 * into a dictionary, and a small parser composes phrases with scale words (thousand, миллиона, ...).
 * Extra forms ICU does not produce (восьмью, двое, dozen) come from {@code spelled-<lang>.txt}.
 */
final class SpelledNumbers {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final int MAX_PHRASE_WORDS = 5;

    private final Map<String, Long> phrases = new HashMap<>();
    private final Map<String, Long> scales = new HashMap<>();
    private final java.util.Set<String> extraWords = new java.util.HashSet<>();
    private final String pointWord;

    SpelledNumbers(Locale locale) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLocale(locale), RuleBasedNumberFormat.SPELLOUT);
        for (String ruleSet : format.getRuleSetNames()) {
            for (int n = 0; n < 1000; n++) {
                String phrase = normalise(format.format(n, ruleSet));
                if (phrase.length() > 1 && phrase.chars().noneMatch(Character::isDigit)) {
                    phrases.putIfAbsent(phrase, (long) n);
                }
            }
            for (long scale : new long[]{1_000L, 1_000_000L, 1_000_000_000L, 1_000_000_000_000L}) {
                for (int k = 1; k < 30; k++) {
                    String formatted = normalise(format.format(k * scale, ruleSet));
                    String last = formatted.substring(formatted.lastIndexOf(' ') + 1);
                    if (last.length() > 1 && formatted.chars().noneMatch(Character::isDigit) && !phrases.containsKey(last)) {
                        scales.putIfAbsent(last, scale);
                    }
                }
            }
        }
        loadExtraForms(locale.getLanguage());
        this.pointWord = locale.getLanguage().equals("en") ? "point" : "";
    }

    /** One number written as words, where it is and its value. */
    /** A number in words; {@code listed} when loosely read: a word from the extra list (dozen, двое) or a bare scale word. */
    record Mention(int start, int end, double value, boolean listed) { }

    List<Mention> find(String text) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[]{m.start(), m.end()});
        }
        List<Mention> mentions = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            int consumed = parseNumber(text, words, i, mentions);
            i += Math.max(consumed, 1);
        }
        return mentions;
    }

    private int parseNumber(String text, List<int[]> words, int from, List<Mention> out) {
        double total = 0;
        double last = 0;
        boolean bare = false;
        int i = from;
        boolean any = false;
        while (i < words.size() && (i == from || joined(text, words, i))) {
            int[] phrase = longestPhrase(text, words, i);
            if (phrase[0] == 0) {
                Long scale = scales.get(word(text, words, i));
                if (scale == null || any && last >= scale) {
                    break;
                }
                // a bare scale word is one of it ("тысячи человек", "a million"), but only loosely
                bare |= !any;
                total = total == 0 ? scale : total * scale;
                last = scale;
                any = true;
                i++;
                continue;
            }
            double value = phrase[1];
            if (any && !continues(last, value)) {
                break;
            }
            i += phrase[0];
            if (i < words.size() && scales.containsKey(word(text, words, i))) {
                value *= scales.get(word(text, words, i));
                i++;
            }
            last = value;
            total += value;
            any = true;
            if (i + 1 < words.size() && !pointWord.isEmpty() && word(text, words, i).equals(pointWord)) {
                int[] fraction = longestPhrase(text, words, i + 1);
                if (fraction[0] == 1 && fraction[1] < 10) {
                    total += fraction[1] / 10.0;
                    i += 2;
                }
            }
        }
        if (any) {
            boolean listed = bare;
            for (int w = from; w < i; w++) {
                listed |= extraWords.contains(word(text, words, w));
            }
            out.add(new Mention(words.get(from)[0], words.get(i - 1)[1], total, listed));
        }
        return i - from;
    }

    /** Whether a phrase can follow the previous one in one number: thirty + four, hundred + twelve, thousand + five. */
    private static boolean continues(double previous, double next) {
        return previous >= 1000 || previous % 100 == 0 && next < 100 || previous >= 20 && previous % 10 == 0 && next < 10;
    }

    /** Whether word {@code i} continues the previous one: only spaces or a hyphen between them. */
    private static boolean joined(String text, List<int[]> words, int i) {
        String gap = text.substring(words.get(i - 1)[1], words.get(i)[0]);
        return gap.isBlank() || gap.equals("-");
    }

    /** {consumed words, value} of the longest dictionary phrase starting at word {@code from}. */
    private int[] longestPhrase(String text, List<int[]> words, int from) {
        StringBuilder phrase = new StringBuilder();
        int[] best = {0, 0};
        for (int n = 0; n < MAX_PHRASE_WORDS && from + n < words.size(); n++) {
            if (n > 0) {
                if (!joined(text, words, from + n)) {
                    break;
                }
                phrase.append(' ');
            }
            phrase.append(word(text, words, from + n));
            Long value = phrases.get(phrase.toString());
            if (value != null) {
                best = new int[]{n + 1, value.intValue()};
            }
        }
        return best;
    }

    private static String word(String text, List<int[]> words, int i) {
        return text.substring(words.get(i)[0], words.get(i)[1]).toLowerCase(Locale.ROOT).replace('ё', 'е');
    }

    private static String normalise(String phrase) {
        return phrase.toLowerCase(Locale.ROOT).replace('ё', 'е').replaceAll("[\\s\\-\u00AD]+", " ").trim();
    }

    private void loadExtraForms(String language) {
        try (InputStream in = SpelledNumbers.class.getResourceAsStream("spelled-" + language + ".txt")) {
            if (in == null) {
                return;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] parts = line.split("\t");
                if (!line.startsWith("#") && parts.length == 2) {
                    phrases.put(normalise(parts[0]), Long.parseLong(parts[1].trim()));
                    extraWords.add(normalise(parts[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the spelled-number list for " + language, e);
        }
    }
}
