package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.dictionary.BilingualDictionary;

class AlignerSettingsTest {

    @Test
    void defaultsIncludeSkipsAndManyToMany() {
        assertThat(new AlignerSettings().shapes()).extracting(BeadShape::toString)
                .contains("1-1", "1-0", "0-1", "2-1", "1-2", "2-2", "3-1", "1-3");
    }

    @Test
    void rejectsShapesWithoutOneToZeroAndZeroToOne() {
        assertThatThrownBy(() -> new AlignerSettings(List.of(new BeadShape(1, 1, 1.0)), 64, 0.5, 0.9, 0.6, 1.0, 0.1,
                true, BilingualDictionary.EMPTY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1-0");
    }

    @Test
    void rejectsATooNarrowBand() {
        AlignerSettings defaults = new AlignerSettings();
        assertThatThrownBy(() -> new AlignerSettings(defaults.shapes(), 2, 0.5, 0.9, 0.6, 1.0, 0.1, true,
                BilingualDictionary.EMPTY)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bandWidth");
    }

    @Test
    void withDictionaryKeepsEverythingElse() {
        BilingualDictionary dictionary = new BilingualDictionary(List.of(new BilingualDictionary.Entry("house", "дом")));
        AlignerSettings settings = new AlignerSettings().withDictionary(dictionary);
        assertThat(settings.dictionary()).isEqualTo(dictionary);
        assertThat(settings.shapes()).isEqualTo(new AlignerSettings().shapes());
    }

    @Test
    void beadShapeRejectsAnEmptyBead() {
        assertThatThrownBy(() -> new BeadShape(0, 0, 0.1)).isInstanceOf(IllegalArgumentException.class);
    }
}
