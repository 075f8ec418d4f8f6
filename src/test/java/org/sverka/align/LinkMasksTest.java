package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.transliteration.SpellingSkeleton;

class LinkMasksTest {
    private final TextSide source = SochiMeeting.side(SochiMeeting.ENGLISH, Locale.ENGLISH);
    private final TextSide target = SochiMeeting.side(SochiMeeting.RUSSIAN, Locale.forLanguageTag("ru"));
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
