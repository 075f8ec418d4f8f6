package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class NameExtractorTest {
    private final NameExtractor english = new NameExtractor(Locale.ENGLISH);

    private List<String> names(String text) {
        return english.words(text).stream().filter(NameExtractor.Word::name).map(NameExtractor.Word::text).toList();
    }

    private List<String> initials(String text) {
        return english.words(text).stream().filter(NameExtractor.Word::initial).map(NameExtractor.Word::text).toList();
    }

    @Test
    void aShortLowerCasePartOfAHyphenatedNameIsAName() {
        assertThat(names("Foreign Minister Ri Yong-ho and Moon Jae-in met.")).containsExactly("Minister", "Ri", "Yong", "ho", "Moon", "Jae", "in");
        assertThat(new NameExtractor(Locale.forLanguageTag("ru")).words("на Гран-при России").stream()
                .filter(NameExtractor.Word::name).map(NameExtractor.Word::text).toList()).containsExactly("Гран", "при", "России");
    }

    @Test
    void aLowerCaseWordAfterAHyphenIsNoNameWhenTheWordBeforeIsNone() {
        assertThat(names("It was a well-known fact that the self-made man left.")).isEmpty();
    }

    @Test
    void aCapitalisedWordAfterATitleAbbreviationIsAName() {
        assertThat(names("Mr. Merriweather said that Dr. Jones stayed.")).containsExactly("Merriweather", "Jones");
    }

    @Test
    void aCapitalisedWordAfterAFullStopStartsASentence() {
        assertThat(names("It rained. Then Smith left.")).containsExactly("Smith");
        assertThat(initials("It rained. Then Smith left.")).containsExactly("It", "Then");
    }

    @Test
    void aWordAfterAQuotationThatClosesWithACommaIsAName() {
        assertThat(names("\"It is over,\" Fleischer wrote.")).containsExactly("Fleischer");
    }

    @Test
    void aWordAfterAnOpeningQuotationMarkStartsOne() {
        assertThat(names("He said \"Nothing happened\" to Smith.")).containsExactly("Smith");
        assertThat(initials("He said \"Nothing happened\" to Smith.")).containsExactly("He", "Nothing");
    }

    @Test
    void acronymsAreNamesEvenAtTheStartOfASentence() {
        assertThat(names("NATO met in Kyiv.")).containsExactly("NATO", "Kyiv");
    }

    @Test
    void anEmptyTextHasNoWords() {
        assertThat(english.words("")).isEmpty();
    }
}
