package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WordTokenizerTest {

    @Test
    void lowerCasesWordsAndMarksNumbersWithTheirWeight() {
        assertThat(WordTokenizer.tokens("Рост ВВП составил 34,4 процента в 2019 году."))
                .containsExactly("рост", "ввп", "составил", "#34.4", "##34.4", "###34.4", "процента", "в",
                        "#2019", "##2019", "###2019", "году");
    }

    @Test
    void readsSpaceGroupedThousandsAsOneNumber() {
        assertThat(WordTokenizer.tokens("около 1 000 человек")).containsExactly("около", "#1000", "##1000", "###1000", "человек");
    }

    @Test
    void emptySentenceHasNoTokensAndNoLength() {
        assertThat(WordTokenizer.tokens("")).isEmpty();
        assertThat(WordTokenizer.contentLength(" \t")).isZero();
    }

    @Test
    void contentLengthIgnoresWhiteSpace() {
        assertThat(WordTokenizer.contentLength("a , b")).isEqualTo(3);
    }
}
