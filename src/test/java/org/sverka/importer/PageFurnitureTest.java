package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageFurnitureTest {
    private static final String TITLE = "Russian-Belarusian talks: joint news conference";
    private static final String BODY_1 = "We discussed the situation with Russia’s requests for the West, the most important"
            + "\nof which concern NATO’s non-expansion and the non-deployment of strike weapons systems.";
    private static final String BODY_2 = "Let me note that our talks today were held in a constructive, business-like"
            + "\nand friendly atmosphere, like we have had for many, many years.";
    private static final String BODY_3 = "As both sides have stressed many times, Russia and Belarus are good neighbours,"
            + "\nclose allies and strategic partners.";

    /** A block per argument, its lines separated by newlines. */
    private static PdfPage page(String... blocks) {
        List<PdfBlock> list = new ArrayList<>();
        for (String block : blocks) {
            list.add(new PdfBlock(List.of(block.split("\n"))));
        }
        return new PdfPage(list, true);
    }

    private static List<String> kept(PageFurniture.Stripped stripped) {
        return stripped.pages().stream().flatMap(p -> p.blocks().stream()).map(PdfBlock::flatText).toList();
    }

    private static String flat(String block) {
        return block.replace('\n', ' ');
    }

    @Test
    void dropsARunningHeaderAndAPageOfFooterOnEveryPage() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page(TITLE + "\n18 February 2022", BODY_1, "Page 1 of 3"),
                page(TITLE + "\n18 February 2022", BODY_2, "Page 2 of 3"),
                page(TITLE + "\n18 February 2022", BODY_3, "Page 3 of 3")));

        assertThat(kept(stripped)).containsExactly(flat(BODY_1), flat(BODY_2), flat(BODY_3));
        assertThat(stripped.dropped()).hasSize(6).contains("Page 2 of 3", TITLE + " 18 February 2022");
    }

    @Test
    void dropsADateLineWhoseDigitsChangeFromPageToPage() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page("Printed 18.02.2022", BODY_1), page("Printed 19.02.2022", BODY_2), page(BODY_3)));

        assertThat(kept(stripped)).containsExactly(flat(BODY_1), flat(BODY_2), flat(BODY_3));
    }

    @Test
    void dropsRunningHeadsWhoseTitleChangesButWhoseNumberGoesUpWithThePages() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page("Libtasn1", BODY_1), page("Chapter 1: Introduction 1", BODY_2),
                page("Chapter 2: ASN.1 structure handling 2", BODY_3), page("3", BODY_1),
                page("Appendix A: Copying Information 4", BODY_2)));

        assertThat(kept(stripped)).containsExactly("Libtasn1", flat(BODY_1), flat(BODY_2), flat(BODY_3),
                flat(BODY_1), flat(BODY_2));
    }

    @Test
    void keepsAChapterHeadingUnderThePageNumberWhenTheirNumbersAgree() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page("Contents", BODY_1), page("1", "1 Introduction", BODY_2), page("2", BODY_3),
                page("3", "2 Utilities", BODY_1)));

        assertThat(stripped.dropped()).containsExactly("1", "2", "3");
    }

    @Test
    void dropsABarePageNumberEvenOnASinglePage() {
        assertThat(kept(PageFurniture.strip(List.of(page(BODY_1, "– 1 –"))))).containsExactly(flat(BODY_1));
    }

    @Test
    void keepsABareNumberThatIsNotThePageNumberAndDoesNotRecur() {
        assertThat(kept(PageFurniture.strip(List.of(page(BODY_1, "1997"))))).containsExactly(flat(BODY_1), "1997");
    }

    @Test
    void keepsABodySentenceThatRecursOnTwoPagesAwayFromTheirEdges() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page(TITLE, BODY_1, "Thank you.", BODY_2, "1"),
                page(TITLE, BODY_3, "Thank you.", BODY_1, "2")));

        assertThat(kept(stripped)).containsExactly(flat(BODY_1), "Thank you.", flat(BODY_2),
                flat(BODY_3), "Thank you.", flat(BODY_1));
    }

    @Test
    void keepsAnEdgeLineThatRecursOnOnlyHalfThePages() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page("Thank you.", BODY_1), page("Thank you.", BODY_2), page(BODY_3), page(BODY_1)));

        assertThat(stripped.dropped()).isEmpty();
    }

    @Test
    void keepsAHeaderLikeTextAtTheTopOfOnePageAndTheBottomOfAnother() {
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page("Thank you.", BODY_1), page(BODY_2, "Thank you."), page(BODY_3 + "\nand a third line.")));

        assertThat(stripped.dropped()).isEmpty();
    }

    @Test
    void neverDropsABlockOfMoreThanTwoLines() {
        String threeLines = "Running title\nsecond line\nthird line";
        PageFurniture.Stripped stripped = PageFurniture.strip(List.of(
                page(threeLines, BODY_1), page(threeLines, BODY_2), page(threeLines, BODY_3)));

        assertThat(stripped.dropped()).isEmpty();
    }

    @Test
    void neverDropsTextOutsideThePages() {
        PdfPage bookmarks = new PdfPage(List.of(new PdfBlock(List.of("1"))), false);

        assertThat(kept(PageFurniture.strip(List.of(page(BODY_1), bookmarks)))).containsExactly(flat(BODY_1), "1");
    }

    @Test
    void keepsNothingFromNoPages() {
        assertThat(PageFurniture.strip(List.of()).pages()).isEmpty();
    }
}
