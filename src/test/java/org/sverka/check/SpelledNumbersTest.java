package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class SpelledNumbersTest {
    private final SpelledNumbers russian = new SpelledNumbers(Locale.forLanguageTag("ru"));
    private final SpelledNumbers english = new SpelledNumbers(Locale.ENGLISH);

    private static List<Double> values(SpelledNumbers numbers, String text) {
        return numbers.find(text).stream().map(SpelledNumbers.Mention::value).toList();
    }

    @Test
    void readsRussianCaseFormsOfEight() {
        assertThat(values(russian, "восемь, восьми, восемью и восьмью")).containsExactly(8.0, 8.0, 8.0, 8.0);
    }

    @Test
    void readsTwentyEightWithASpaceAs28Not2008() {
        assertThat(values(english, "twenty eight people")).containsExactly(28.0);
    }

    @Test
    void readsHyphenatedNumbersAndDecimalPoint() {
        assertThat(values(english, "thirty-four point four percent")).containsExactly(34.4);
    }

    @Test
    void composesScaleWords() {
        assertThat(values(english, "two thousand three hundred")).containsExactly(2300.0);
        assertThat(values(russian, "двух миллионов")).containsExactly(2_000_000.0);
    }

    @Test
    void readsRussianOrdinalsInAnyCase() {
        assertThat(values(russian, "в двадцать первом веке")).containsExactly(21.0);
    }

    @Test
    void findsNothingInTextWithoutNumberWords() {
        assertThat(values(english, "The cat sat on the mat.")).isEmpty();
        assertThat(values(russian, "")).isEmpty();
    }

    @Test
    void reportsTheSpanOfTheWords() {
        SpelledNumbers.Mention mention = english.find("We saw forty-two birds").get(0);
        assertThat("We saw forty-two birds".substring(mention.start(), mention.end())).isEqualTo("forty-two");
    }
}
