package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;
import org.sverka.transliteration.SpellingSkeleton;

class WordLinksTest {
    private final TextSide english = side(Locale.ENGLISH, "Putin met Lukashenko in 1999 and spoke about the house.");
    private final TextSide russian = side(Locale.forLanguageTag("ru"), "Путин встретился с Лукашенко в 1999 году и говорил о доме.");

    private static TextSide side(Locale language, String text) {
        return new TextSide(List.of(new Sentence(0, 0, text)), language, 1.0);
    }

    private static int id(TextSide side, String word) {
        for (int w = 0; w < side.vocabularySize(); w++) {
            if (side.word(w).equals(word)) {
                return w;
            }
        }
        throw new AssertionError("no word " + word);
    }

    private List<String> linked(WordLinks links, String englishWord) {
        return Arrays.stream(links.targets(id(english, englishWord))).mapToObj(russian::word).toList();
    }

    @Test
    void linksNamesAndNumbersWithoutADictionary() {
        WordLinks links = WordLinks.build(english, russian, new SpellingSkeleton(WordLinks.COGNATES), Set.of());
        assertThat(linked(links, "putin")).containsExactly("путин");
        assertThat(linked(links, "lukashenko")).containsExactly("лукашенко");
        assertThat(linked(links, "#1999")).containsExactly("#1999");
        assertThat(linked(links, "house")).isEmpty();
    }

    @Test
    void linksDictionaryStemsToEveryFormOfTheTarget() {
        long pair = WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом"));
        WordLinks links = WordLinks.build(english, russian, new SpellingSkeleton(WordLinks.COGNATES), Set.of(pair));
        assertThat(linked(links, "house")).containsExactly("доме");
    }

    @Test
    void addedStemPairsKeepTheCognatesAndGiveTheSameLinksAsBuildingWithThem() {
        long pair = WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом"));
        WordLinks added = WordLinks.build(english, russian, new SpellingSkeleton(WordLinks.COGNATES), Set.of()).withStemPairs(english, russian,
                Set.of(pair));
        WordLinks built = WordLinks.build(english, russian, new SpellingSkeleton(WordLinks.COGNATES), Set.of(pair));
        assertThat(linked(added, "house")).containsExactly("доме");
        assertThat(linked(added, "putin")).containsExactly("путин");
        for (int u = 0; u < english.vocabularySize(); u++) {
            assertThat(added.targets(u)).containsExactly(built.targets(u));
        }
    }

    @Test
    void minusKeepsOnlyTheLinksTheOtherLacks() {
        long pair = WordLinks.key(english.stemIdOf("house"), russian.stemIdOf("дом"));
        WordLinks cognates = WordLinks.build(english, russian, new SpellingSkeleton(WordLinks.COGNATES), Set.of());
        WordLinks all = cognates.withStemPairs(english, russian, Set.of(pair));
        WordLinks dictionaryOnly = all.minus(cognates);
        assertThat(linked(dictionaryOnly, "house")).containsExactly("доме");
        assertThat(linked(dictionaryOnly, "putin")).isEmpty();
        assertThat(dictionaryOnly.isEmpty()).isFalse();
        assertThat(cognates.minus(all).isEmpty()).isTrue();
        assertThat(WordLinks.none(english).isEmpty()).isTrue();
    }

    @Test
    void stemPairKeysRoundTrip() {
        long key = WordLinks.key(123_456, 7);
        assertThat(WordLinks.sourceStemOf(key)).isEqualTo(123_456);
        assertThat(WordLinks.targetStemOf(key)).isEqualTo(7);
    }
}
