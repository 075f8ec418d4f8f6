package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class DateExtractorTest {
    private final DateExtractor english = new DateExtractor(Locale.ENGLISH);
    private final DateExtractor russian = new DateExtractor(Locale.forLanguageTag("ru"));

    @Test
    void monthDayMatchesRussianDayMonth() {
        DateMention en = english.find("on February 27 the talks began").get(0);
        DateMention ru = russian.find("27 февраля начались переговоры").get(0);
        assertThat(en.sameDate(ru)).isTrue();
        assertThat(en.day()).isEqualTo(27);
        assertThat(en.month()).isEqualTo(2);
    }

    @Test
    void numericDateMatchesWrittenDate() {
        DateMention ru = russian.find("18.02.2022").get(0);
        DateMention en = english.find("18 February 2022").get(0);
        assertThat(ru).isEqualTo(new DateMention(new Span(0, 10), 18, 2, 2022));
        assertThat(ru.sameDate(en)).isTrue();
    }

    @Test
    void differentDaysDoNotMatch() {
        assertThat(english.find("March 3").get(0).sameDate(russian.find("4 марта").get(0))).isFalse();
    }

    @Test
    void differentYearsDoNotMatch() {
        assertThat(english.find("March 3, 2020").get(0).sameDate(russian.find("3 марта 2021 года").get(0))).isFalse();
    }

    @Test
    void findsNoDateInPlainNumbersOrEmptyText() {
        assertThat(english.find("He scored 27 points in 2019.")).isEmpty();
        assertThat(russian.find("")).isEmpty();
    }

    @Test
    void readsOrdinalDaysAndIsoDates() {
        assertThat(english.find("the 27th of February").get(0).day()).isEqualTo(27);
        assertThat(english.find("2022-02-18").get(0)).isEqualTo(new DateMention(new Span(0, 10), 18, 2, 2022));
    }
}
