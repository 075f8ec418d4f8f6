package org.sverka.review;

import java.util.List;
import java.util.regex.PatternSyntaxException;

import org.junit.jupiter.api.Test;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairSearchTest {
    private final List<AlignedPair> small = List.of(
            new AlignedPair(1, "Trade grew by 34.4 percent.", "Товарооборот вырос на 34,4 процента.",
                    Bead.automatic(0, 1, 0, 1, 0.9)),
            new AlignedPair(2, "Putin met Lukashenko.", "ПУТИН встретился с Лукашенко.", Bead.automatic(1, 1, 1, 1, 0.9)),
            new AlignedPair(3, "", "Её ещё нет.", Bead.automatic(2, 0, 2, 1, 0.2)));

    @Test
    void plainSearchIgnoresCaseInCyrillic() {
        NewsSample sample = NewsSample.load();
        assertThat(PairSearch.search(sample.pairs(sample.beads), "АССАМБЛЕИ", false, SearchSide.TARGET))
                .containsExactly(1, 2, 3, 4, 7, 10, 12, 13, 14, 15, 16);
    }

    @Test
    void plainSearchLooksOnlyAtTheChosenSide() {
        NewsSample sample = NewsSample.load();
        List<AlignedPair> pairs = sample.pairs(sample.beads);
        assertThat(PairSearch.search(pairs, "welsh", false, SearchSide.SOURCE)).containsExactly(1, 2, 3, 6, 8, 9, 11, 12, 13);
        assertThat(PairSearch.search(pairs, "welsh", false, SearchSide.TARGET)).containsExactly(2, 13);
        assertThat(PairSearch.search(pairs, "уэльс", false, SearchSide.SOURCE)).isEmpty();
        assertThat(PairSearch.search(pairs, "welsh", false, SearchSide.BOTH)).containsExactly(1, 2, 3, 6, 8, 9, 11, 12, 13);
    }

    @Test
    void plainSearchTreatsYoAsYe() {
        NewsSample sample = NewsSample.load();
        assertThat(PairSearch.search(sample.pairs(sample.beads), "ещё", false, SearchSide.TARGET)).containsExactly(26);
        assertThat(PairSearch.search(small, "еще", false, SearchSide.TARGET)).containsExactly(3);
    }

    @Test
    void plainSearchMatchesRegexCharactersLiterally() {
        assertThat(PairSearch.search(small, "34.4", false, SearchSide.BOTH)).containsExactly(1);
        assertThat(PairSearch.search(small, "34.", false, SearchSide.TARGET)).isEmpty();
    }

    @Test
    void plainSearchFindsADecomposedLetter() {
        assertThat(PairSearch.search(small, "ЕЩЕ\u0308 НЕТ", false, SearchSide.TARGET)).containsExactly(3);
        assertThat(PairSearch.search(small, "ЛУКАШЕНКО", false, SearchSide.TARGET)).containsExactly(2);
    }

    @Test
    void regexSearchMatchesWordsInCyrillicWithoutCase() {
        NewsSample sample = NewsSample.load();
        assertThat(PairSearch.search(sample.pairs(sample.beads), "\\bмакедони\\w*", true, SearchSide.TARGET))
                .containsExactly(18, 19, 20, 21);
        assertThat(PairSearch.search(sample.pairs(sample.beads), "\\bAMs?\\b", true, SearchSide.SOURCE))
                .containsExactly(1, 2, 4, 5, 7, 13, 14, 15, 16);
    }

    @Test
    void regexSearchRefusesABadPatternAndKeepsTheCause() {
        assertThatThrownBy(() -> PairSearch.search(small, "(Путин", true, SearchSide.BOTH))
                .isInstanceOf(ReviewRefusedException.class)
                .hasCauseInstanceOf(PatternSyntaxException.class)
                .hasMessage("\"(Путин\" is not a valid regular expression (Unclosed group at position 6):"
                        + " fix it, or search it as plain text.");
    }

    @Test
    void refusesAnEmptyQuery() {
        assertThatThrownBy(() -> PairSearch.search(small, "", false, SearchSide.BOTH))
                .isInstanceOf(ReviewRefusedException.class)
                .hasMessage("The search text is empty: give a word or phrase to look for.");
    }

    @Test
    void findsNothingInNoPairs() {
        assertThat(PairSearch.search(List.of(), "Путин", false, SearchSide.BOTH)).isEmpty();
    }
}
