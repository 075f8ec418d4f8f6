package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.tika.exception.WriteLimitReachedException;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

class ParagraphCollectorTest {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    /** Feeds a tiny event script: "<x" starts element x, ">x" ends it, anything else is text. */
    private static List<String> collect(int maxChars, String... events) throws SAXException {
        ParagraphCollector collector = new ParagraphCollector(maxChars);
        for (String event : events) {
            if (event.startsWith("<")) {
                collector.startElement(XHTML, event.substring(1), event.substring(1), new AttributesImpl());
            } else if (event.startsWith(">")) {
                collector.endElement(XHTML, event.substring(1), event.substring(1));
            } else {
                collector.characters(event.toCharArray(), 0, event.length());
            }
        }
        return collector.paragraphs();
    }

    private static List<String> collect(String... events) throws SAXException {
        return collect(1000, events);
    }

    @Test
    void ignoresTheHeadAndItsTitle() throws SAXException {
        assertThat(collect("<html", "<head", "<title", "Joint news conference", ">title", ">head",
                "<body", "<p", "February 18, 2022", ">p", ">body", ">html")).containsExactly("February 18, 2022");
    }

    @Test
    void keepsInlineElementsInsideTheirParagraph() throws SAXException {
        assertThat(collect("<body", "<p", "US$", "<b", "38.5", ">b", " ", "<a", "billion", ">a", ">p", ">body"))
                .containsExactly("US$38.5 billion");
    }

    @Test
    void cutsAtEveryNestedBlockBoundary() throws SAXException {
        assertThat(collect("<body", "<div", "Minsk", "<div", "Donetsk", ">div", "Lugansk", ">div", ">body"))
                .containsExactly("Minsk", "Donetsk", "Lugansk");
    }

    @Test
    void makesEachLineOfPreformattedTextAParagraph() throws SAXException {
        assertThat(collect("<body", "<pre", "First line.\nSecond line.\n\nThird.", ">pre", ">body"))
                .containsExactly("First line.", "Second line.", "Third.");
    }

    @Test
    void cutsAtTwoBreaksEvenWithSpacesBetweenThem() throws SAXException {
        assertThat(collect("<body", "<p", "One.", "<br", ">br", "\n", "<br", ">br", "\n", "Two.", "<br", ">br",
                "still two.", ">p", ">body")).containsExactly("One.", "Two. still two.");
    }

    @Test
    void skipsScriptsAndNoscriptFallbacks() throws SAXException {
        assertThat(collect("<body", "<script", "var x = 1;", ">script", "<noscript", "Enable JavaScript", ">noscript",
                "<p", "Text.", ">p", ">body")).containsExactly("Text.");
    }

    @Test
    void stopsWithAWriteLimitErrorPastTheCharacterLimit() {
        assertThatThrownBy(() -> collect(10, "<body", "<p", "0123456789", "X", ">p", ">body"))
                .isInstanceOf(WriteLimitReachedException.class);
    }

    @Test
    void givesNothingForAnEmptyBody() throws SAXException {
        assertThat(collect("<body", "<p", " \u00A0 ", ">p", ">body")).isEmpty();
    }
}
