package org.sverka.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sverka.dictionary.BilingualDictionary;

class WordTranslationsTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void aSourceWordMapsByItsStemToTheStemsOfItsTranslations() {
        WordTranslations translations = TestDictionary.translations();

        assertThat(translations.of("spokesman")).containsExactly("представител");
        assertThat(translations.of("villag")).containsExactlyInAnyOrder("деревн", "сел");
    }

    @Test
    void aPhraseTranslationGivesItsContentWordsAndALongExplanationNone() {
        WordTranslations translations = WordTranslations.of(new BilingualDictionary(List.of(
                new BilingualDictionary.Entry("housekeeping", "вести хозяйство"),
                new BilingualDictionary.Entry("vagrant", "человек без определённого места жительства и занятий"))), EN, RU);

        assertThat(translations.of("housekeep")).containsExactlyInAnyOrder("вест", "хозяйств");
        assertThat(translations.of("vagrant")).isEmpty();
    }

    @Test
    void aDictionaryWrittenTheOtherWayRoundIsReadReversed() {
        WordTranslations translations = WordTranslations.of(new BilingualDictionary(List.of(
                new BilingualDictionary.Entry("бюджет", "budget"))), EN, RU);

        assertThat(translations.of("budget")).containsExactly("бюджет");
    }

    @Test
    void functionWordsAndMultiWordHeadwordsAreLeftOut() {
        WordTranslations translations = WordTranslations.of(new BilingualDictionary(List.of(
                new BilingualDictionary.Entry("the", "этот"),
                new BilingualDictionary.Entry("a priori", "априори"))), EN, RU);

        assertThat(translations.isEmpty()).isTrue();
    }

    @Test
    void anEmptyDictionaryIsNone() {
        assertThat(WordTranslations.of(BilingualDictionary.EMPTY, EN, RU)).isSameAs(WordTranslations.NONE);
        assertThat(WordTranslations.NONE.isEmpty()).isTrue();
        assertThat(WordTranslations.NONE.of("budget")).isEmpty();
    }
}
