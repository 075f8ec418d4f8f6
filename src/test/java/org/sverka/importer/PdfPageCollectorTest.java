package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class PdfPageCollectorTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Feeds events: "<x" starts element x, "<div.page" a page, ">x" ends x, anything else is text. */
    private static PdfPageCollector collect(int maxChars, String... events) throws SAXException {
        PdfPageCollector collector = new PdfPageCollector(maxChars);
        for (String event : events) {
            if (event.startsWith("<")) {
                String[] name = event.substring(1).split("\\.");
                AttributesImpl attributes = new AttributesImpl();
                if (name.length > 1) {
                    attributes.addAttribute("", "class", "class", "CDATA", name[1]);
                }
                collector.startElement(XHTML, name[0], name[0], attributes);
            } else if (event.startsWith(">")) {
                collector.endElement(XHTML, event.substring(1), event.substring(1));
            } else {
                collector.characters(event.toCharArray(), 0, event.length());
            }
        }
        return collector;
    }

    private static List<List<List<String>>> lines(List<PdfPage> pages) {
        return pages.stream().map(p -> p.blocks().stream().map(PdfBlock::lines).toList()).toList();
    }

    @Test
    void keepsPagesBlocksAndLinesAsTikaGivesThem() throws SAXException {
        PdfPageCollector collector = collect(1000, "<html", "<head", "<title", "Talks", ">title", ">head", "<body",
                "<div.page", "<p", ">p", "<p", "Running title\n", ">p", "<p", "We discussed imple-\n",
                "mentation.\n", ">p", "<p", "Page 1 of 2", ">p", ">div",
                "<div.page", "<p", "Second page\n", ">p", ">div", ">body", ">html");

        assertThat(lines(collector.pages())).containsExactly(
                List.of(List.of("Running title"), List.of("We discussed imple-", "mentation."), List.of("Page 1 of 2")),
                List.of(List.of("Second page")));
        assertThat(collector.pages()).allMatch(PdfPage::laidOut);
    }

    @Test
    void givesTextOutsideThePagesAsAPageThatIsNotLaidOut() throws SAXException {
        PdfPageCollector collector = collect(1000, "<body", "<div.page", "<p", "Body", ">p", ">div",
                "<ul", "<li", "Chapter 1", ">li", ">ul", ">body");

        assertThat(collector.pages()).extracting(PdfPage::laidOut).containsExactly(true, false);
        assertThat(collector.paragraphs()).containsExactly("Body", "Chapter 1");
    }

    @Test
    void keepsAnEmptyPageSoThatPageNumbersStayInStep() throws SAXException {
        PdfPageCollector collector = collect(1000, "<body", "<div.page", ">div", "<div.page", "<p", "2", ">p", ">div",
                ">body");

        assertThat(collector.pages()).hasSize(2);
        assertThat(collector.paragraphs()).isEmpty();
    }

    @Test
    void treatsABreakAsALineEndAndANestedDivAsABlock() throws SAXException {
        PdfPageCollector collector = collect(1000, "<body", "<div.page", "<p", "one", "<br", ">br", "two", ">p",
                "<div.annotation", "note", ">div", ">div", ">body");

        assertThat(lines(collector.pages())).containsExactly(List.of(List.of("one", "two"), List.of("note")));
    }

    @Test
    void stopsAtTheCharacterLimit() {
        assertThatThrownBy(() -> collect(10, "<body", "<div.page", "<p", "more than ten characters"))
                .isInstanceOf(WriteLimitReachedException.class);
    }
}
