package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;

class LexicalTableTest {
    private static TextSide side(Locale language, String... texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.length; k++) {
            sentences.add(new Sentence(k, 0, texts[k]));
        }
        return new TextSide(sentences, language, 1.0);
    }

    private final TextSide english = side(Locale.ENGLISH, "The old house stood empty.", "Nobody lived in the house.",
            "The garden was wild.");
    private final TextSide russian = side(Locale.forLanguageTag("ru"), "Старый дом стоял пустым.", "В доме никто не жил.",
            "Сад был диким.");

    private LexicalTable table() {
        LexicalTable table = new LexicalTable(english, russian);
        for (int k = 0; k < 3; k++) {
            table.add(k, 1, k, 1);
        }
        return table;
    }

    @Test
    void stemsTogetherInTwoBeadsAreAssociated() {
        assertThat(table().associations(2, 0.5, 1.0))
                .contains(WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом")));
    }

    @Test
    void stemsTogetherInOneBeadOnlyAreNot() {
        assertThat(table().associations(2, 0.5, 1.0))
                .doesNotContain(WordLinks.key(english.stemIdOf("garden"), russian.stemIdOf("сад")));
    }

    @Test
    void stemsTogetherInTwoOfThreeBeadsAreNotSignificant() {
        // house/дом in the same 2 of 3 beads: a chance of 1 in 3 under independence
        assertThat(table().associations(2, 0.5, 0.01))
                .doesNotContain(WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом")));
    }

    @Test
    void stemsTogetherInManyBeadsOfALongRunAreSignificant() {
        LexicalTable table = new LexicalTable(english, russian);
        for (int k = 0; k < 60; k++) {
            table.add(k % 3, 1, k % 3, 1);
        }
        // 60 beads, house/дом in the 40 beads of sentences 0 and 1, the garden's stems in the other 20
        assertThat(table.associations(2, 0.5, 1e-3))
                .contains(WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом")))
                .contains(WordLinks.key(english.stemIdOf("garden"), russian.stemIdOf("сад")));
    }

    @Test
    void theChanceOfTwoStemsInTheSameTwoOfTenBeadsIsOneIn45() {
        double logP = LexicalTable.logTailProbability(2, 2, 2, 10, LexicalTable.logFactorials(10));
        assertThat(Math.exp(logP)).isCloseTo(1.0 / 45, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void anEmptyTableHasNoAssociations() {
        assertThat(new LexicalTable(english, russian).associations(1, 0.0, 1.0)).isEmpty();
    }
}
