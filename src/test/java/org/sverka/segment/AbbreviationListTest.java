package org.sverka.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class AbbreviationListTest {

    private static final AbbreviationList ENGLISH = AbbreviationList.forLanguage(Locale.ENGLISH);
    private static final AbbreviationList RUSSIAN = AbbreviationList.forLanguage(Locale.forLanguageTag("ru"));

    @Test
    void readsSverkasEnglishEntries() {
        assertThat(ENGLISH.endsSentenceNot("Dr.", 'S')).isTrue();
        assertThat(ENGLISH.endsSentenceNot("e.g.", 'P')).isTrue();
    }

    @Test
    void includesIcusBuiltInEnglishEntries() {
        assertThat(ENGLISH.builtIn()).contains("Mr.", "U.S.", "Ph.D.");
        assertThat(ENGLISH.endsSentenceNot("Ph.D.", 'H')).isTrue();
    }

    @Test
    void marksTimesAndCountriesAsEntriesThatHoldUnlessAnOpenerFollowsAndKeepsThemFromIcusFilter() {
        assertThat(ENGLISH.holdsUnlessOpener("p.m.")).isTrue();
        assertThat(ENGLISH.holdsUnlessOpener("U.S.")).isTrue();
        assertThat(ENGLISH.holdsUnlessOpener("Mr.")).isFalse();
        assertThat(ENGLISH.endsSentenceNot("p.m.", 'M')).isTrue();
        assertThat(ENGLISH.always()).doesNotContain("U.S.", "p.m.").contains("Mr.");
    }

    @Test
    void includesIcusBuiltInRussianEntries() {
        assertThat(RUSSIAN.builtIn()).contains("ул.", "тыс.");
    }

    @Test
    void holdsANumberOnlyEntryBeforeADigitOnly() {
        assertThat(ENGLISH.endsSentenceNot("No.", '5')).isTrue();
        assertThat(ENGLISH.endsSentenceNot("No.", 'W')).isFalse();
        assertThat(ENGLISH.always()).doesNotContain("No.");
    }

    @Test
    void readsTheEntriesThatFollowANumberApartFromTheOthers() {
        assertThat(RUSSIAN.followsNumber("г.")).isTrue();
        assertThat(RUSSIAN.followsNumber("вв.")).isTrue();
        assertThat(RUSSIAN.followsNumber("ул.")).isFalse();
        assertThat(RUSSIAN.always()).contains("г.").doesNotContain("в.", "<number> г.");
        assertThat(ENGLISH.followsNumber("No.")).isFalse();
    }

    @Test
    void matchesACapitalisedWordAgainstALowercaseEntry() {
        assertThat(RUSSIAN.endsSentenceNot("См.", 'р')).isTrue();
    }

    @Test
    void matchesWholeWordsOnly() {
        assertThat(RUSSIAN.endsSentenceNot("утонул.", 'Р')).isFalse();
        assertThat(RUSSIAN.endsSentenceNot("ул.", 'Л')).isTrue();
    }

    @Test
    void leavesOutAbbreviationsThatUsuallyEndASentence() {
        assertThat(ENGLISH.endsSentenceNot("etc.", 'T')).isFalse();
        assertThat(RUSSIAN.endsSentenceNot("т.д.", 'П')).isFalse();
    }

    @Test
    void treatsAnEmptyWordAsNoAbbreviation() {
        assertThat(ENGLISH.endsSentenceNot("", 'A')).isFalse();
    }

    @Test
    void hasNoEntriesForALanguageWithoutLists() {
        AbbreviationList none = AbbreviationList.forLanguage(Locale.forLanguageTag("xx"));
        assertThat(none.builtIn()).isEmpty();
        assertThat(none.always()).isEmpty();
    }

    @Test
    void trustsIcusSuffixMatchingOnlyWithCapitalisedEntriesOfTwoLetters() {
        assertThat(AbbreviationList.safeForSuffixMatching("Dr.")).isTrue();
        assertThat(AbbreviationList.safeForSuffixMatching("U.S.")).isTrue();
        assertThat(AbbreviationList.safeForSuffixMatching("O.")).isFalse();
        assertThat(AbbreviationList.safeForSuffixMatching("ул.")).isFalse();
    }
}
