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
        assertThat(table().associations(2, 0.5))
                .contains(WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом")));
    }

    @Test
    void stemsTogetherInOneBeadOnlyAreNot() {
        assertThat(table().associations(2, 0.5))
                .doesNotContain(WordLinks.key(english.stemIdOf("garden"), russian.stemIdOf("сад")));
    }

    @Test
    void anEmptyTableHasNoAssociations() {
        assertThat(new LexicalTable(english, russian).associations(1, 0.0)).isEmpty();
    }
}
