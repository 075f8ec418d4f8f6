package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ChecksTest {
    private static final Locale RU = Locale.forLanguageTag("ru");

    @Test
    void registersEveryCheckOnceUnderAStableId() {
        List<String> ids = Checks.defaults().all().stream().map(Check::id).toList();
        assertThat(ids).containsExactly("NUMBERS", "DATES", "NAMES", "OMISSION", "ADDITION", "UNTRANSLATED", "GLOSSARY",
                "END_PUNCTUATION", "QUOTES_BRACKETS", "DOUBLED_WORD", "LENGTH_RATIO", "CONSISTENCY");
        assertThat(new HashSet<>(ids)).hasSameSizeAs(ids);
    }

    @Test
    void findsNothingInAnEmptyText() {
        assertThat(Checks.defaults().run(List.of(), Locale.ENGLISH, RU, Glossary.EMPTY)).isEmpty();
    }

    @Test
    void ordersFindingsByPair() {
        List<CheckedPair> pairs = List.of(
                CheckedPair.of(1, "It costs 5 dollars?", "Это стоит 6 долларов."),
                CheckedPair.of(2, "Good.", ""));
        List<Finding> findings = Checks.defaults().run(pairs, Locale.ENGLISH, RU, Glossary.EMPTY);
        assertThat(findings).extracting(Finding::pairNumber).containsExactly(1, 1, 2);
        assertThat(findings).extracting(Finding::checkId).containsExactly("NUMBERS", "END_PUNCTUATION", "OMISSION");
    }

    @Test
    void worksTheOtherWayRoundFromRussianToEnglish() {
        List<CheckedPair> pairs = List.of(CheckedPair.of(1, "Экспорт вырос на 34,4%.", "Exports rose by 43.4%."));
        assertThat(Checks.defaults().run(pairs, RU, Locale.ENGLISH, Glossary.EMPTY))
                .extracting(Finding::checkId).containsExactly("NUMBERS");
    }

    @Test
    void checksNumbersForOtherLanguagePairs() {
        List<CheckedPair> pairs = List.of(CheckedPair.of(1, "Der Preis stieg um 3,5 Prozent.", "Le prix a augmenté de 5,3 pour cent."));
        assertThat(Checks.defaults().run(pairs, Locale.GERMAN, Locale.FRENCH, Glossary.EMPTY))
                .extracting(Finding::checkId).containsExactly("NUMBERS");
    }

    @Test
    void selectsChecksByIdAndRejectsUnknownIdsListingValidOnes() {
        assertThat(Checks.defaults().only(List.of("NUMBERS")).all()).hasSize(1);
        assertThatThrownBy(() -> Checks.defaults().only(List.of("SPELLING")))
                .isInstanceOf(UnknownCheckException.class).hasMessageContaining("SPELLING").hasMessageContaining("NUMBERS, DATES");
    }
}
