package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;
import org.sverka.transliteration.SpellingSkeleton;

class LinkMasksTest {
    private static final List<String> ENGLISH = List.of(
            "Alexander Lukashenko met Vladimir Putin in Sochi.",
            "They talked for 34.4 hours.",
            "NATO was watching.",
            "Nothing was signed.");
    private static final List<String> RUSSIAN = List.of(
            "Александр Лукашенко встретился в Сочи с Владимиром Путиным.",
            "Переговоры длились 34,4 часа.",
            "В НАТО следили.",
            "Ничего не подписали.");

    private static TextSide side(List<String> texts, Locale language) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            sentences.add(new Sentence(k, 0, texts.get(k)));
        }
        return new TextSide(sentences, language, 1.0);
    }

    private final TextSide source = side(ENGLISH, Locale.ENGLISH);
    private final TextSide target = side(RUSSIAN, Locale.forLanguageTag("ru"));
    private final LinkMasks masks = new LinkMasks(Band.diagonal(4, 4, 8), source, target,
            WordLinks.build(source, target, new SpellingSkeleton(WordLinks.COGNATES), Set.of()));

    @Test
    void namesAndNumbersMatchInTheirTranslation() {
        // Lukashenko, Vladimir, Putin, Sochi on both sides; Alexander ~ Aleksandr is no cognate (x vs ks).
        assertThat(masks.matchedWords(0, 1, 0, 1)).isEqualTo(8);
        // A number weighs three words a side.
        assertThat(masks.matchedWords(1, 1, 1, 1)).isEqualTo(6);
        assertThat(masks.matchedWords(3, 1, 3, 1)).isZero();
    }

    @Test
    void theUpperBoundIsNeverBelowTheMatchedWordsOfAnyBead() {
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int a = 1; i + a <= 4; a++) {
                    for (int b = 1; j + b <= 4; b++) {
                        assertThat(masks.maxMatchedWords(i, a, j, b)).isGreaterThanOrEqualTo(masks.matchedWords(i, a, j, b));
                    }
                }
            }
        }
        assertThat(masks.maxMatchedWords(3, 1, 3, 1)).isZero();
    }
}
