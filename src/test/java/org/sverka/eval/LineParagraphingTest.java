package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LineParagraphingTest {

    private static final List<String> ARTICLE = List.of(
            "jngspitz-Nordostwand direkt ",
            "Michel Piola , Vernier ",
            "Die ca. 600 m hohe Nordostwand des Kingspitz ( Engelhörner , BO ) ",
            "9. September 1988 , bei Tagesanbruch ",
            "Dring ... dring ... ",
            "Diesmal muss ich reagieren ; ",
            "los , auf ! ");

    @Test
    void headingsApartEndsAParagraphAfterALineEndingInALetterOrDigit() {
        assertThat(LineParagraphing.HEADINGS_APART.labels(ARTICLE)).containsExactly(0, 1, 2, 2, 3, 3, 3);
    }

    @Test
    void oneParagraphPutsEveryLineInParagraphZero() {
        assertThat(LineParagraphing.ONE_PARAGRAPH.labels(ARTICLE)).containsOnly(0).hasSize(ARTICLE.size());
    }

    @Test
    void anEmptyFileHasNoLabels() {
        assertThat(LineParagraphing.HEADINGS_APART.labels(List.of())).isEmpty();
    }

    @Test
    void aBlankLineDoesNotEndAParagraph() {
        assertThat(LineParagraphing.HEADINGS_APART.labels(List.of("Titel", " ", "Satz ."))).containsExactly(0, 1, 1);
    }
}
