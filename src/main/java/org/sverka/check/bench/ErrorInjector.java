package org.sverka.check.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Puts one typical translation error into a Russian sentence, deterministically from a seeded
 * {@link Random}: a changed number, a changed date, a swapped name, a dropped clause, or the English
 * left untranslated. Returns empty when the sentence offers nothing to change.
 */
public final class ErrorInjector {
    /** The kinds of error, each with the check ids that should catch it. */
    public enum Kind {
        NUMBER(List.of("NUMBERS", "DATES")),
        DATE(List.of("DATES", "NUMBERS")),
        NAME(List.of("NAMES")),
        OMISSION(List.of("LENGTH_RATIO", "NUMBERS", "NAMES", "DATES", "OMISSION")),
        UNTRANSLATED(List.of("UNTRANSLATED"));

        private final List<String> catchers;

        Kind(List<String> catchers) {
            this.catchers = catchers;
        }

        public List<String> catchers() {
            return catchers;
        }
    }

    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)?(?![.,]?\\d)");
    private static final String MONTHS = "января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря";
    private static final Pattern DATE = Pattern.compile("(?<!\\d)(\\d{1,2})\\s+(" + MONTHS + ")");
    private static final Pattern NAME = Pattern.compile("(?<=[\\p{Ll},]\\s)\\p{Lu}\\p{Ll}{3,}");
    private static final String[] NAMES = {"Петров", "Смирнова", "Гарсия", "Мюллер", "Окафор", "Ивановым", "Кравец", "Нильсен"};

    private final Random random;

    public ErrorInjector(long seed) {
        this.random = new Random(seed);
    }

    public Optional<String> inject(Kind kind, String english, String russian) {
        return switch (kind) {
            case NUMBER -> changeNumber(russian);
            case DATE -> changeDate(russian);
            case NAME -> swapName(russian);
            case OMISSION -> dropClause(russian);
            case UNTRANSLATED -> Optional.of(english);
        };
    }

    private Optional<String> changeNumber(String text) {
        List<MatchResultSpan> numbers = all(NUMBER, text);
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        MatchResultSpan n = numbers.get(random.nextInt(numbers.size()));
        String digits = text.substring(n.start, n.end);
        int position = n.end - 1;
        while (!Character.isDigit(text.charAt(position))) {
            position--;
        }
        int old = text.charAt(position) - '0';
        int changed = (old + 1 + random.nextInt(8)) % 10;
        String replaced = text.substring(n.start, position) + changed + text.substring(position + 1, n.end);
        return digits.equals(replaced) ? Optional.empty() : Optional.of(text.substring(0, n.start) + replaced + text.substring(n.end));
    }

    private Optional<String> changeDate(String text) {
        Matcher m = DATE.matcher(text);
        if (!m.find()) {
            return Optional.empty();
        }
        int day = Integer.parseInt(m.group(1));
        int changed = day % 28 + 1 + random.nextInt(3);
        return Optional.of(text.substring(0, m.start(1)) + changed + text.substring(m.end(1)));
    }

    private Optional<String> swapName(String text) {
        List<MatchResultSpan> names = all(NAME, text);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        MatchResultSpan n = names.get(random.nextInt(names.size()));
        String replacement = NAMES[random.nextInt(NAMES.length)];
        return Optional.of(text.substring(0, n.start) + replacement + text.substring(n.end));
    }

    /** Drops the longest comma- or dash-delimited part, if it holds at least a third of the sentence. */
    private Optional<String> dropClause(String text) {
        String[] parts = text.split("(?<=[,;:—])\\s+");
        if (parts.length < 2) {
            return Optional.empty();
        }
        int longest = 0;
        for (int i = 1; i < parts.length; i++) {
            longest = parts[i].length() > parts[longest].length() ? i : longest;
        }
        if (parts[longest].length() * 3 < text.length()) {
            return Optional.empty();
        }
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            if (i != longest) {
                kept.add(parts[i]);
            }
        }
        return Optional.of(String.join(" ", kept));
    }

    private record MatchResultSpan(int start, int end) { }

    private static List<MatchResultSpan> all(Pattern pattern, String text) {
        List<MatchResultSpan> spans = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            spans.add(new MatchResultSpan(m.start(), m.end()));
        }
        return spans;
    }
}
