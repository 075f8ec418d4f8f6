package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;
import org.sverka.transliteration.SpellingSkeleton;

class DictionaryEvidenceTest {
    // Two German sentences on one topic and their French translations; the dictionary links the topic
    // words (Schnee, Spuren) of each sentence into both target sentences.
    private final TextSide german = side(List.of(
            "Der Schnee war tief und hart, ohne Spuren.",
            "Wir folgten den Spuren im Schnee."), Locale.GERMAN);
    private final TextSide french = side(List.of(
            "La neige était profonde et dure, sans traces.",
            "Nous suivîmes les traces dans la neige."), Locale.FRENCH);

    private static TextSide side(List<String> texts, Locale language) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            sentences.add(new Sentence(k, 0, texts.get(k)));
        }
        return new TextSide(sentences, language, 1.0);
    }

    private DictionaryEvidence withDictionary(String... pairs) {
        Set<Long> stemPairs = new HashSet<>();
        for (int k = 0; k < pairs.length; k += 2) {
            stemPairs.add(WordLinks.key(german.stemIdOf(pairs[k]), french.stemIdOf(pairs[k + 1])));
        }
        WordLinks links = WordLinks.build(german, french, new SpellingSkeleton(WordLinks.COGNATES), Set.of());
        WordLinks dictionary = WordLinks.none(german).withStemPairs(german, french, stemPairs).minus(links);
        return new DictionaryEvidence(Band.diagonal(2, 2, 8), german, french, dictionary);
    }

    @Test
    void aTwoTwoBeadGainsNothingOverTheOneOneBeadsItContains() {
        DictionaryEvidence dictionary = withDictionary("schnee", "neige", "tief", "profonde", "hart", "dure",
                "folgten", "suivîmes", "spuren", "traces");
        double split = dictionary.score(0, 1, 0, 1) + dictionary.score(1, 1, 1, 1);
        assertThat(dictionary.score(0, 2, 0, 2)).isCloseTo(split, offset(1e-9));
        assertThat(dictionary.score(0, 1, 0, 1)).isGreaterThan(dictionary.score(0, 1, 1, 1));
    }

    @Test
    void aTranslationScoresAboveChanceAndANeighbourOnTheSameTopicBelowIt() {
        DictionaryEvidence dictionary = withDictionary("schnee", "neige", "tief", "profonde", "hart", "dure");
        assertThat(dictionary.score(0, 1, 0, 1)).isPositive();
        assertThat(dictionary.score(1, 1, 0, 1)).isNegative();
    }

    @Test
    void withoutADictionaryTheScoreIsZero() {
        DictionaryEvidence none = withDictionary();
        assertThat(none.score(0, 2, 0, 2)).isZero();
        assertThat(none.maxWords(0, 2, 0, 2)).isZero();
    }

    @Test
    void theUpperBoundIsNeverBelowTheScoreOfAnyBead() {
        DictionaryEvidence dictionary = withDictionary("schnee", "neige", "tief", "profonde", "spuren", "traces");
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int a = 1; i + a <= 2; a++) {
                    for (int b = 1; j + b <= 2; b++) {
                        assertThat((double) dictionary.maxWords(i, a, j, b)).isGreaterThanOrEqualTo(dictionary.score(i, a, j, b));
                    }
                }
            }
        }
    }
}
