package org.sverka.shell;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;

import static org.assertj.core.api.Assertions.assertThat;

class SideBySideTest {

    @Test
    void wrapsCyrillicAtWordBoundariesWithinTheColumn() {
        List<String> lines = SideBySide.wrap("Товарооборот между Россией и Белоруссией вырос на 34,4 процента.", 20);
        assertThat(lines).allSatisfy(line -> assertThat(DisplayWidth.of(line)).isLessThanOrEqualTo(20));
        assertThat(String.join(" ", lines)).isEqualTo("Товарооборот между Россией и Белоруссией вырос на 34,4 процента.");
    }

    @Test
    void countsWideCharactersAsTwoColumns() {
        assertThat(DisplayWidth.of("日本語")).isEqualTo(6);
        assertThat(DisplayWidth.of("Путин")).isEqualTo(5);
        assertThat(SideBySide.wrap("日本語日本語日本語", 7)).allSatisfy(l -> assertThat(DisplayWidth.of(l)).isLessThanOrEqualTo(7));
    }

    @Test
    void everyRenderedLineHasTheSameColumnStructure() {
        AlignedPair pair = new AlignedPair(3, "Trade grew by 34.4 percent last year, reaching US$38.5 billion.",
                "Товарооборот вырос на 34,4 процента и достиг 38,5 миллиарда долларов.", Bead.automatic(2, 1, 2, 1, 0.97));
        String out = new SideBySide(80).render(List.of(pair));
        assertThat(out).contains("#3", "1-1  0.97", "34.4", "34,4");
        String[] lines = out.split("\n");
        int separator = lines[0].indexOf('│', 20);
        for (int i = 0; i < lines.length - 1; i++) {
            assertThat(DisplayWidth.of(lines[i].substring(0, lines[i].indexOf('│', 20)))).isEqualTo(DisplayWidth.of(lines[0].substring(0, separator)));
        }
    }

    @Test
    void theFirstColumnGivesTheSentenceNumbersOfBothSides() {
        AlignedPair twoToOne = new AlignedPair(5, "One. Two.", "Раз, два.", Bead.automatic(4, 2, 4, 1, 0.9));
        assertThat(SideBySide.info(twoToOne)).containsExactly("#5", "2-1  0.90", "src 4-5  tgt 4");
        assertThat(new SideBySide(80).render(List.of(twoToOne))).contains("src 4-5  tgt 4");
    }

    @Test
    void anEmptySideHasNoSentenceNumberAndLongNumbersTakeTwoLines() {
        AlignedPair unpaired = new AlignedPair(7, "", "Лишнее.", Bead.automatic(6, 0, 6, 1, 0.5));
        assertThat(SideBySide.info(unpaired)).endsWith("src -  tgt 6");
        AlignedPair late = new AlignedPair(99_000, "A.", "Б.", Bead.automatic(100_123, 2, 99_000, 1, 0.5));
        assertThat(SideBySide.info(late)).endsWith("src 100123-100124", "tgt 99000");
    }
}
