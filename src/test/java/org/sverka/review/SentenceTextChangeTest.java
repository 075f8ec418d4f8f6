package org.sverka.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SentenceTextChangeTest {
    @Test
    void encodesAndDecodesTextsWithBarsBackslashesAndLineBreaks() {
        SentenceTextChange change = new SentenceTextChange(Side.TARGET, 12, "Цена | 5\\6\nруб.", "Цена — 5/6 руб.");

        String line = change.encode();

        assertThat(line).startsWith("s1|target|12|").doesNotContain("\n");
        assertThat(SentenceTextChange.decode(line)).isEqualTo(change);
        assertThat(SentenceTextChange.isEncoded(line)).isTrue();
    }

    @Test
    void aBeadChangeLineIsNotASentenceChange() {
        assertThat(SentenceTextChange.isEncoded("b1|0|0+1:0+1:0.5:A|0+1:0+1:0.5:C|confirm pair 1")).isFalse();
    }

    @Test
    void theInverseSwapsTheTexts() {
        SentenceTextChange change = SentenceTextChange.of(Side.SOURCE, 0, "Teh cat.", "The cat.");

        assertThat(change.inverse()).isEqualTo(new SentenceTextChange(Side.SOURCE, 0, "The cat.", "Teh cat."));
        assertThat(change.description()).isEqualTo("edit source sentence 0");
    }

    @Test
    void refusesAnEmptyTextALineBreakAndNoChange() {
        assertThatThrownBy(() -> SentenceTextChange.of(Side.SOURCE, 3, "The cat.", " "))
                .isInstanceOf(ReviewRefusedException.class).hasMessageStartingWith("The new text of source sentence 3 is empty");
        assertThatThrownBy(() -> SentenceTextChange.of(Side.SOURCE, 3, "The cat.", "The\ncat."))
                .hasMessageContaining("has a line break");
        assertThatThrownBy(() -> SentenceTextChange.of(Side.TARGET, 3, "Кот.", "Кот."))
                .hasMessage("The target sentence 3 already reads \"Кот.\": nothing to change.");
    }

    @Test
    void refusesADamagedLine() {
        assertThatThrownBy(() -> SentenceTextChange.decode("s1|left|1|a|b"))
                .isInstanceOf(UnreadableChangeException.class).hasMessageContaining("the edit history is damaged");
        assertThatThrownBy(() -> SentenceTextChange.decode("s1|source|x|a|b")).isInstanceOf(UnreadableChangeException.class);
        assertThatThrownBy(() -> SentenceTextChange.decode("s1|source|1|a\\q|b")).isInstanceOf(UnreadableChangeException.class);
    }
}
