package org.sverka.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers in a text, locale-aware and generous: each mention carries every value its
 * spelling allows (34,4 and 34.4; 1 000 and 1,000; 38,5 млрд; 21st; XXI; twenty-eight), so that the
 * numbers check only complains when no reading can match.
 */
final class NumberExtractor {
    private static final Pattern DIGITS = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:[\u00A0\u202F ]\\d{3})+(?!\\d)|\\d+(?:[.,]\\d+)*)"
                    + "(?:\\s?(?i:(a\\.m\\.|p\\.m\\.|am|pm)\\b))?");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.,:])(\\d{1,2}):(\\d{2})(?![\\d:])");
    private static final Pattern SCALE = Pattern.compile(
            "^[\\s\u00A0\u202F]?(?iu:(thousand|million|billion|trillion|bn|mn|m|k|tn|тыс|тысяч\\p{L}*|млн|миллион\\p{L}*"
                    + "|млрд|миллиард\\p{L}*|трлн|триллион\\p{L}*))(?!\\p{L})");
    private static final Pattern IMPERIAL = Pattern.compile(
            "^[\\s\u00A0\u202F-]?(?iu:(miles?|mph|inch(?:es)?|in\\.|feet|foot|ft|yards?|yd|pounds?|lbs?|gallons?|ounces?|oz|acres?"
                    + "|degrees fahrenheit|degrees f|°f|degrees))(?!\\p{L})");
    private static final Pattern METRIC = Pattern.compile(
            "^[\\s\u00A0\u202F-]?(?iu:(km/h|kph|км/ч|kilomet(?:er|re)s?|km|километр\\p{L}*|км|centimet(?:er|re)s?|cm|сантиметр\\p{L}*|см"
                    + "|mm|мм|миллиметр\\p{L}*|kilograms?|kg|кг|килограмм\\p{L}*|met(?:er|re)s?|метр\\p{L}*|м"
                    + "|degrees celsius|°c|градус\\p{L}*|liters?|litres?|литр\\p{L}*|л))(?!\\p{L})");
    /** "half an inch", "a quarter of a mile": a fraction of an imperial unit, written in words. */
    private static final Pattern FRACTION = Pattern.compile(
            "(?iu)(?<!\\p{L})(half|a quarter|quarter)(?:\\s+of)?\\s+an?\\s+(mile|inch|foot|yard|pound|gallon|ounce|acre)(?!\\p{L})");
    private static final Pattern RANGE = Pattern.compile("^\\s*(?:to|-|–|—|or|and)\\s*\\d+(?:[.,]\\d+)?");
    private static final Pattern DECADE = Pattern.compile("^'?s(?!\\p{L})");
    private static final Pattern ROMAN = Pattern.compile("(?<!\\p{L})(?=[MDCLXVI]{2,}(?!\\p{L}))"
            + "M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})(?!\\p{L})");

    private static final int MIN_REQUIRED_WORDS = 20;

    private final SpelledNumbers spelled;

    NumberExtractor(Locale locale) {
        this.spelled = new SpelledNumbers(locale);
    }

    /** Numbers written with digits, the ones a translation must keep. */
    List<NumberMention> digitNumbers(String text) {
        List<NumberMention> mentions = new ArrayList<>();
        List<Span> times = new ArrayList<>();
        Matcher t = TIME.matcher(text);
        while (t.find()) {
            int hours = Integer.parseInt(t.group(1));
            int minutes = Integer.parseInt(t.group(2));
            Set<Long> keys = new HashSet<>();
            keys.add(NumberMention.key(minutes == 0 ? hours : hours * 100 + minutes));
            keys.add(NumberMention.key(minutes == 0 ? hours % 12 : (hours % 12) * 100 + minutes));
            Span span = new Span(t.start(), t.end());
            times.add(span);
            mentions.add(new NumberMention(span, keys, true));
        }
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            Span span = new Span(m.start(1), m.end(1));
            if (times.stream().anyMatch(span::overlaps)) {
                continue;
            }
            Set<Double> values = readings(m.group(1));
            if (m.group(2) != null && m.group(2).toLowerCase(Locale.ROOT).startsWith("p")) {
                new ArrayList<>(values).forEach(v -> values.add(v + 12));
            }
            String after = text.substring(m.end());
            Matcher scale = SCALE.matcher(after);
            if (scale.find()) {
                double factor = factor(scale.group(1).toLowerCase(Locale.ROOT));
                new ArrayList<>(values).forEach(v -> values.add(v * factor));
            }
            String digits = m.group(1);
            if (m.group(2) != null && digits.matches("\\d{1,2}[.:]\\d{2}")) {
                int hours = Integer.parseInt(digits.substring(0, digits.length() - 3));
                int minutes = Integer.parseInt(digits.substring(digits.length() - 2));
                values.add(hours * 100.0 + minutes);
                values.add((hours + 12) * 100.0 + minutes);
            }
            if (digits.matches("\\d{3}0") && DECADE.matcher(after).find()) {
                values.add(Double.parseDouble(digits) % 100);
            }
            Set<Long> keys = new HashSet<>();
            values.forEach(v -> keys.add(NumberMention.key(v)));
            Matcher unit = IMPERIAL.matcher(after);
            boolean hasUnit = unit.find();
            Matcher range = RANGE.matcher(after);
            if (!hasUnit && range.find()) {
                // "1 to 4 inches": the first number of a range shares the unit of the second
                unit = IMPERIAL.matcher(after.substring(range.end()));
                hasUnit = unit.find();
            }
            double largest = java.util.Collections.max(values);
            double metric = hasUnit ? metric(largest, unit.group(1).toLowerCase(Locale.ROOT)) : Double.NaN;
            Matcher metricUnit = METRIC.matcher(after);
            double imperial = !hasUnit && metricUnit.find() ? imperial(largest, metricUnit.group(1).toLowerCase(Locale.ROOT)) : Double.NaN;
            mentions.add(new NumberMention(span, keys, true, metric, imperial));
        }
        return mentions;
    }

    /**
     * The numbers a translation must keep: digits, and numbers of twenty or more in words from ICU's
     * rules ("thirty-two percent"). Small ones are left out: "two" may become "оба", "one" an article.
     */
    List<NumberMention> requiredNumbers(String text) {
        List<NumberMention> mentions = new ArrayList<>(digitNumbers(text));
        for (SpelledNumbers.Mention s : spelled.find(text)) {
            if (!s.listed() && s.value() >= MIN_REQUIRED_WORDS) {
                mentions.add(new NumberMention(new Span(s.start(), s.end()), Set.of(NumberMention.key(s.value())), false));
            }
        }
        return mentions;
    }

    /** Every number in the text: digits, Roman numerals, number words and fractions of a unit in words. */
    List<NumberMention> allNumbers(String text) {
        List<NumberMention> mentions = new ArrayList<>(digitNumbers(text));
        Matcher f = FRACTION.matcher(text);
        while (f.find()) {
            double value = f.group(1).equalsIgnoreCase("half") ? 0.5 : 0.25;
            mentions.add(new NumberMention(new Span(f.start(), f.end()), Set.of(NumberMention.key(value)), false,
                    metric(value, f.group(2).toLowerCase(Locale.ROOT)), Double.NaN));
        }
        Matcher r = ROMAN.matcher(text);
        while (r.find()) {
            if (r.end() > r.start()) {
                mentions.add(new NumberMention(new Span(r.start(), r.end()), Set.of(NumberMention.key(roman(r.group()))), false));
            }
        }
        for (SpelledNumbers.Mention s : spelled.find(text)) {
            mentions.add(new NumberMention(new Span(s.start(), s.end()), Set.of(NumberMention.key(s.value())), false));
        }
        return mentions;
    }

    /** Values a digit string may mean: separators may group thousands or mark decimals. */
    static Set<Double> readings(String number) {
        String compact = number.replaceAll("[\u00A0\u202F ]", "");
        Set<Double> values = new HashSet<>();
        String[] groups = compact.split("[.,]");
        if (groups.length == 1) {
            values.add(Double.parseDouble(compact));
            return values;
        }
        boolean thousands = true;
        for (int i = 1; i < groups.length; i++) {
            thousands &= groups[i].length() == 3;
        }
        if (thousands) {
            values.add(Double.parseDouble(String.join("", groups)));
        }
        int last = Math.max(compact.lastIndexOf('.'), compact.lastIndexOf(','));
        String integer = compact.substring(0, last).replaceAll("[.,]", "");
        values.add(Double.parseDouble(integer + "." + compact.substring(last + 1)));
        return values;
    }

    /** The value in the metric unit translators convert to: km, km/h, cm, m, kg, l, g, ha, °C. */
    private static double metric(double value, String unit) {
        if (unit.startsWith("degrees") || unit.equals("°f")) {
            return (value - 32) * 5 / 9;
        }
        double factor = switch (unit.charAt(0)) {
            case 'm' -> 1.609;
            case 'i' -> 2.54;
            case 'f' -> 0.3048;
            case 'y' -> 0.9144;
            case 'p', 'l' -> 0.4536;
            case 'g' -> 3.785;
            case 'o' -> 28.35;
            default -> 0.4047;
        };
        return value * factor;
    }

    /** The value in the imperial unit translators convert to: miles, mph, inches, feet, pounds, gallons, °F. */
    private static double imperial(double value, String unit) {
        if (unit.startsWith("degrees") || unit.equals("°c") || unit.startsWith("градус")) {
            return value * 9 / 5 + 32;
        }
        if (unit.startsWith("km") || unit.startsWith("kilomet") || unit.startsWith("км") || unit.startsWith("километр")
                || unit.equals("kph")) {
            return value / 1.609;
        }
        if (unit.startsWith("c") || unit.startsWith("см") || unit.startsWith("сантиметр")) {
            return value / 2.54;
        }
        if (unit.equals("mm") || unit.startsWith("мм") || unit.startsWith("миллиметр")) {
            return value / 25.4;
        }
        if (unit.startsWith("k") || unit.startsWith("кг") || unit.startsWith("килограмм")) {
            return value / 0.4536;
        }
        if (unit.startsWith("l") || unit.startsWith("л")) {
            return value / 3.785;
        }
        return value / 0.3048;
    }

    private static double factor(String scale) {
        if (scale.startsWith("тыс") || scale.equals("thousand") || scale.equals("k")) {
            return 1e3;
        }
        if (scale.startsWith("млн") || scale.startsWith("миллион") || scale.equals("million") || scale.equals("m")
                || scale.equals("mn")) {
            return 1e6;
        }
        if (scale.startsWith("млрд") || scale.startsWith("миллиард") || scale.equals("billion") || scale.equals("bn")) {
            return 1e9;
        }
        return 1e12;
    }

    private static int roman(String numeral) {
        String symbols = "IVXLCDM";
        int[] worth = {1, 5, 10, 50, 100, 500, 1000};
        int total = 0;
        for (int i = 0; i < numeral.length(); i++) {
            int v = worth[symbols.indexOf(numeral.charAt(i))];
            boolean subtract = i + 1 < numeral.length() && worth[symbols.indexOf(numeral.charAt(i + 1))] > v;
            total += subtract ? -v : v;
        }
        return total;
    }
}
