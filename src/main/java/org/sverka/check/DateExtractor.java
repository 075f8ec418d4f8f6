package org.sverka.check;

import com.ibm.icu.text.DateFormatSymbols;
import com.ibm.icu.util.ULocale;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds dates with a day in a text: "February 27", "27 февраля", "27th of February 2022",
 * "18.02.2022", "2022-02-18". Month names come from ICU (all widths and both format and stand-alone
 * forms), so any ICU locale works. Numeric dates are read day-first, and also month-first for English.
 */
final class DateExtractor {
    private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th|-?го|-?е)?";
    private static final String YEAR = "(?:,?\\s+(\\d{4}))?";
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4}|\\d{2})(?![\\d])");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

    private final Map<String, Integer> months = new HashMap<>();
    private final Pattern dayMonth;
    private final Pattern monthDay;
    private final boolean monthFirstToo;

    DateExtractor(Locale locale) {
        DateFormatSymbols symbols = new DateFormatSymbols(ULocale.forLocale(locale));
        for (int context : new int[]{DateFormatSymbols.FORMAT, DateFormatSymbols.STANDALONE}) {
            for (int width : new int[]{DateFormatSymbols.WIDE, DateFormatSymbols.ABBREVIATED}) {
                String[] names = symbols.getMonths(context, width);
                for (int i = 0; i < 12; i++) {
                    String name = names[i].toLowerCase(locale).replace(".", "");
                    if (name.length() >= 3) {
                        months.putIfAbsent(name, i + 1);
                    }
                }
            }
        }
        String alternatives = months.keySet().stream()
                .sorted((a, b) -> b.length() - a.length())
                .map(Pattern::quote)
                .reduce((a, b) -> a + "|" + b).orElseThrow();
        String month = "(?iu:(" + alternatives + "))\\.?(?!\\p{L})";
        this.dayMonth = Pattern.compile("(?<![\\d\\p{L}])" + DAY + "\\s+(?:of\\s+)?" + month + YEAR);
        this.monthDay = Pattern.compile("(?<!\\p{L})" + month + "\\s+" + DAY + "(?!\\d)" + YEAR);
        this.monthFirstToo = locale.getLanguage().equals("en");
    }

    List<DateMention> find(String text) {
        List<DateMention> dates = new ArrayList<>();
        Matcher m = dayMonth.matcher(text);
        while (m.find()) {
            add(dates, m, Integer.parseInt(m.group(1)), months.get(m.group(2).toLowerCase(Locale.ROOT)), m.group(3));
        }
        m = monthDay.matcher(text);
        while (m.find()) {
            add(dates, m, Integer.parseInt(m.group(2)), months.get(m.group(1).toLowerCase(Locale.ROOT)), m.group(3));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(4));
            year = year < 100 ? 2000 + year : year;
            int first = Integer.parseInt(m.group(1));
            int second = Integer.parseInt(m.group(3));
            if (valid(first, second)) {
                dates.add(new DateMention(new Span(m.start(), m.end()), first, second, year));
            }
            if (monthFirstToo && valid(second, first) && first != second) {
                dates.add(new DateMention(new Span(m.start(), m.end()), second, first, year));
            }
        }
        m = ISO.matcher(text);
        while (m.find()) {
            int day = Integer.parseInt(m.group(3));
            int month = Integer.parseInt(m.group(2));
            if (valid(day, month)) {
                dates.add(new DateMention(new Span(m.start(), m.end()), day, month, Integer.parseInt(m.group(1))));
            }
        }
        return dates;
    }

    private static void add(List<DateMention> dates, Matcher m, int day, Integer month, String year) {
        if (month != null && valid(day, month)) {
            dates.add(new DateMention(new Span(m.start(), m.end()), day, month, year == null ? 0 : Integer.parseInt(year)));
        }
    }

    private static boolean valid(int day, int month) {
        return day >= 1 && day <= 31 && month >= 1 && month <= 12;
    }
}
