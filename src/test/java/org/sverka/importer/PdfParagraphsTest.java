package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfParagraphsTest {
    /** A block per argument, its lines separated by newlines. */
    private static PdfPage page(String... blocks) {
        List<PdfBlock> list = new ArrayList<>();
        for (String block : blocks) {
            list.add(new PdfBlock(List.of(block.split("\n"))));
        }
        return new PdfPage(list, true);
    }

    /** Two pages with a running head and a page footer, a word hyphenated across the page break. */
    private static List<PdfPage> twoPagesCutMidWord() {
        return List.of(
                page("Joint news conference", "We are deeply connected by a common history,\nmoral values and sotrud-", "Page 1 of 2"),
                page("Joint news conference", "nichestvo of our peoples.", "Page 2 of 2"));
    }

    @Test
    void joinsAParagraphThatAPageBreakCutWhenTheNextPageGoesOnInLowerCase() {
        PdfParagraphs.Result result = PdfParagraphs.from(twoPagesCutMidWord());

        assertThat(result.paragraphs()).containsExactly(
                "We are deeply connected by a common history, moral values and sotrudnichestvo of our peoples.");
        assertThat(result.joinedAcrossPages()).isEqualTo(1);
        assertThat(result.rejoinedWords()).isEqualTo(1);
        assertThat(result.droppedFurniture()).hasSize(4);
    }

    @Test
    void tellsTheUserWhatWasDroppedAndRejoined() {
        PdfParagraphs.Result result = PdfParagraphs.from(twoPagesCutMidWord());

        assertThat(result.notes()).containsExactly(
                "dropped 4 running heads, footers or page numbers, such as \"Joint news conference\"",
                "rejoined 1 word hyphenated at line ends");
    }

    @Test
    void hasNothingToTellOfAPlainPage() {
        assertThat(PdfParagraphs.from(List.of(page("We are deeply connected by a common history."))).notes()).isEmpty();
    }

    @Test
    void joinsAcrossAPageWhenTheNextPageOpensWithAQuoteAndLowerCase() {
        PdfParagraphs.Result result = PdfParagraphs.from(List.of(
                page("He thanked the police for its\nvery"), page("\"diligence and pursuit of justice.\"")));

        assertThat(result.paragraphs()).containsExactly(
                "He thanked the police for its very \"diligence and pursuit of justice.\"");
    }

    @Test
    void joinsAcrossAPageWhenTheLastLineRanToTheMargin() {
        PdfParagraphs.Result result = PdfParagraphs.from(List.of(
                page("Vladimir Putin and President of Belarus Alexander\nLukashenko held a joint news conference in"),
                page("Moscow following the talks.")));

        assertThat(result.paragraphs()).containsExactly("Vladimir Putin and President of Belarus Alexander Lukashenko"
                + " held a joint news conference in Moscow following the talks.");
    }

    @Test
    void keepsParagraphsApartWhenThePageEndsASentence() {
        PdfParagraphs.Result result = PdfParagraphs.from(List.of(
                page("First of all, I would like to express my\ngratitude to the President of Belarus."),
                page("and then a lower-case list item")));

        assertThat(result.paragraphs()).hasSize(2);
        assertThat(result.joinedAcrossPages()).isZero();
    }

    @Test
    void keepsParagraphsApartWhenAShortLastLineIsFollowedByACapital() {
        PdfParagraphs.Result result = PdfParagraphs.from(List.of(
                page("Russian-Belarusian talks, a joint news conference\nof the two presidents"),
                page("February 18, 2022")));

        assertThat(result.paragraphs()).containsExactly(
                "Russian-Belarusian talks, a joint news conference of the two presidents", "February 18, 2022");
    }

    @Test
    void neverJoinsOverAnEmptyPage() {
        PdfParagraphs.Result result = PdfParagraphs.from(List.of(page("the end of a page and"), page(),
                page("a page after a picture.")));

        assertThat(result.paragraphs()).hasSize(2);
    }

    @Test
    void splitsParagraphsSetWithNoGapAndCountsTheSplits() {
        PdfParagraphs.Result result = PdfParagraphs.from(List.of(page(
                "Macedonians vote in referendum on whether to change country's name\n"
                        + "The people of Macedonia voted in a referendum on Sunday on whether to change its\n"
                        + "name to \"Republic of North Macedonia.\"\n"
                        + "Greece, which has a province called Macedonia, maintains that its northern\n"
                        + "neighbor's name represents a claim on its territory.")));

        assertThat(result.paragraphs()).containsExactly(
                "Macedonians vote in referendum on whether to change country's name",
                "The people of Macedonia voted in a referendum on Sunday on whether to change its name to"
                        + " \"Republic of North Macedonia.\"",
                "Greece, which has a province called Macedonia, maintains that its northern neighbor's name"
                        + " represents a claim on its territory.");
        assertThat(result.splitAtShortLines()).isEqualTo(2);
    }

    @Test
    void givesNoParagraphsForNoPages() {
        assertThat(PdfParagraphs.from(List.of()).paragraphs()).isEmpty();
    }
}
