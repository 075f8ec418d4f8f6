package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NumberExtractorTest {
    private final NumberExtractor english = new NumberExtractor(Locale.ENGLISH);
    private final NumberExtractor russian = new NumberExtractor(Locale.forLanguageTag("ru"));

    private static boolean meet(List<NumberMention> a, List<NumberMention> b) {
        return a.stream().allMatch(x -> b.stream().anyMatch(x::matches));
    }

    @Test
    void decimalCommaMatchesDecimalPoint() {
        assertThat(meet(english.digitNumbers("34.4"), russian.allNumbers("34,4"))).isTrue();
    }

    @Test
    void thousandsCommaMatchesThousandsSpace() {
        assertThat(meet(english.digitNumbers("1,000 people"), russian.allNumbers("1 000 человек"))).isTrue();
        assertThat(meet(english.digitNumbers("1,000 people"), russian.allNumbers("1\u00A0000 человек"))).isTrue();
    }

    @Test
    void billionsMatchMlrdInShortAndLongForm() {
        List<NumberMention> source = english.digitNumbers("US$38.5 billion");
        assertThat(meet(source, russian.allNumbers("38,5 млрд долларов"))).isTrue();
        assertThat(meet(source, russian.allNumbers("38,5 миллиарда долларов"))).isTrue();
        assertThat(meet(source, russian.allNumbers("38 500 млн долларов"))).isTrue();
        assertThat(meet(source, russian.allNumbers("38,5\u00A0млрд долларов"))).isTrue();
    }

    @Test
    void digitsMatchNumberWords() {
        assertThat(meet(english.digitNumbers("8 votes"), russian.allNumbers("восьмью голосами"))).isTrue();
        assertThat(meet(russian.digitNumbers("28 человек"), english.allNumbers("twenty eight people"))).isTrue();
    }

    @Test
    void ordinalsMatchRomanNumeralsAndSuffixedDigits() {
        assertThat(meet(english.digitNumbers("the 21st century"), russian.allNumbers("XXI век"))).isTrue();
        assertThat(meet(english.digitNumbers("the 21st century"), russian.allNumbers("21-го века"))).isTrue();
    }

    @Test
    void afternoonHoursMatchTheTwentyFourHourClock() {
        assertThat(meet(english.digitNumbers("at 3 p.m."), russian.allNumbers("в 15:00"))).isTrue();
    }

    @Test
    void differentNumbersDoNotMatch() {
        assertThat(meet(english.digitNumbers("30 percent"), russian.allNumbers("40 процентов"))).isFalse();
    }

    @Test
    void ignoresDigitsInsideWords() {
        assertThat(english.digitNumbers("G20 summit")).isEmpty();
        assertThat(english.digitNumbers("")).isEmpty();
    }

    @Test
    void readsSeparatorsBothWaysWhenAmbiguous() {
        assertThat(NumberExtractor.readings("1,000")).containsExactlyInAnyOrder(1000.0, 1.0);
        assertThat(NumberExtractor.readings("34,4")).containsExactly(34.4);
        assertThat(NumberExtractor.readings("1.234.567")).contains(1234567.0);
    }

    @Test
    void metricValuesMatchTheirImperialRoundingInAnUnitlessNumber() {
        assertThat(meet(russian.digitNumbers("до 27 градусов"), english.allNumbers("widespread 80s"))).isTrue();
        assertThat(meet(russian.digitNumbers("в 16 км от города"), english.allNumbers("10 from the city"))).isTrue();
    }

    @Test
    void aConvertedValueDoesNotMatchANumberInTheSameMeasuringSystem() {
        assertThat(meet(english.digitNumbers("at 800 kph (497 mph)"), russian.allNumbers("со скоростью 497 км/ч"))).isFalse();
        assertThat(meet(english.digitNumbers("385 miles away"), russian.allNumbers("за 360 км"))).isFalse();
        assertThat(meet(english.digitNumbers("at 800 kph (497 mph)"), russian.allNumbers("со скоростью 497\u00A0км/ч"))).isFalse();
    }

    @Test
    void aFractionOfAnImperialUnitInWordsMatchesItsMetricValue() {
        assertThat(meet(russian.digitNumbers("до 1,5 см осадков"), english.allNumbers("over half an inch of rain"))).isTrue();
        assertThat(meet(russian.digitNumbers("до 5 см осадков"), english.allNumbers("over half an inch of rain"))).isFalse();
    }
}
