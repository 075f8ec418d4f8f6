package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForcedLineBreaksTest {
    private static final float TEXT_WIDTH = GlyphWidths.of(
            "The people of Macedonia voted in a referendum on Sunday on whether to change its");

    private static List<String> split(String... lines) {
        return ForcedLineBreaks.split(new PdfBlock(List.of(lines)), TEXT_WIDTH).stream().map(PdfBlock::flatText).toList();
    }

    @Test
    void splitsAfterAHeadingAndAfterAParagraphsShortLastLine() {
        assertThat(split("Macedonians vote in referendum on whether to change country's name",
                "The people of Macedonia voted in a referendum on Sunday on whether to change its",
                "name to \"Republic of North Macedonia,\" a move that would resolve a decades-old",
                "dispute with Greece which had blocked its membership bids for the European Union",
                "and NATO.",
                "Greece, which has a province called Macedonia, maintains that its northern"))
                .containsExactly("Macedonians vote in referendum on whether to change country's name",
                        "The people of Macedonia voted in a referendum on Sunday on whether to change its name to"
                                + " \"Republic of North Macedonia,\" a move that would resolve a decades-old dispute with"
                                + " Greece which had blocked its membership bids for the European Union and NATO.",
                        "Greece, which has a province called Macedonia, maintains that its northern");
    }

    @Test
    void keepsLinesTogetherWhenTheNextWordWouldNotHaveFitted() {
        assertThat(split("The people of Macedonia voted in a referendum on Sunday on whether to change its",
                "The state election commission said there had been no reports of irregularities",
                "Supporters")).hasSize(1);
    }

    @Test
    void splitsAfterASentenceEndThatLeftRoomForTheNextWordWithLessToSpare() {
        String line = "Of those, 70 percent said they would vote yes. Turnout needs to be 50 percent";

        assertThat((GlyphWidths.of(line + ".") + GlyphWidths.of(" A")) / TEXT_WIDTH).isBetween(0.95f, 0.98f);
        assertThat((GlyphWidths.of(line) + GlyphWidths.of(" A")) / TEXT_WIDTH).isBetween(0.95f, 0.98f);
        assertThat(split("The people of Macedonia voted in a referendum on Sunday on whether to change its",
                line + ".", "A failure in the referendum would represent the first serious blow")).hasSize(2);
        assertThat(split("The people of Macedonia voted in a referendum on Sunday on whether to change its",
                line, "A failure in the referendum would represent the first serious blow")).hasSize(1);
    }

    @Test
    void neverSplitsAfterAHyphenatedWord() {
        assertThat(split("The state election commission said there had been no imple-",
                "Mentation of the agreement.")).hasSize(1);
    }

    @Test
    void neverSplitsBeforeALineThatGoesOnInLowerCase() {
        assertThat(split("The people of Macedonia voted in a referendum on Sunday on whether to change its",
                "name on the ballot",
                "and in the parliament.")).hasSize(1);
    }

    @Test
    void keepsAHeadingWrappedOverTheFirstTwoLinesTogether() {
        assertThat(split("Earthquakes and tsunamis in", "Indonesia",
                "At least 384 people have been killed by a powerful earthquake and tsunami that hit the",
                "Indonesian city of Palu on Friday."))
                .containsExactly("Earthquakes and tsunamis in Indonesia", "At least 384 people have been killed by a"
                        + " powerful earthquake and tsunami that hit the Indonesian city of Palu on Friday.");
    }

    @Test
    void leavesANarrowBlockSuchAsVerseWhole() {
        assertThat(split("Мороз и солнце; день чудесный!", "Ещё ты дремлешь, друг прелестный —",
                "Пора, красавица, проснись:")).hasSize(1);
    }

    @Test
    void splitsRussianParagraphsSetWithNoGap() {
        assertThat(split("Землетрясения и цунами в Индонезии",
                "По словам официальных лиц, по меньшей мере 384 человека погибли в результате",
                "мощного землетрясения.")).containsExactly("Землетрясения и цунами в Индонезии",
                "По словам официальных лиц, по меньшей мере 384 человека погибли в результате мощного землетрясения.");
    }

    @Test
    void measuresAPageOfLaidOutTextByItsWidestLine() {
        PdfPage page = new PdfPage(List.of(new PdfBlock(List.of("short", "a much longer line of text"))), true);
        PdfPage notLaidOut = new PdfPage(List.of(new PdfBlock(List.of("a bookmark far longer than any line of the page"))),
                false);

        assertThat(ForcedLineBreaks.textWidth(List.of(page, notLaidOut))).isEqualTo(GlyphWidths.of("a much longer line of text"));
        assertThat(ForcedLineBreaks.textWidth(List.of())).isZero();
    }
}
