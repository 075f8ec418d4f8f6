package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

class ParagraphedGoldDocumentTest {

    private static final GoldDocument ARTICLE = new GoldDocument("001", Locale.GERMAN,
            List.of("Kingspitz-Nordostwand direkt", "Dring ... dring ...", "Schon Bern ."), Locale.FRENCH,
            List.of("Kingspitz , face nord-est directe", "Dring ... dring ...", "Déjà Berne ."),
            LadderFormat.parse("[0]:[0]\n[1]:[1]\n[2]:[2]\n", "001"));

    @Test
    void rejoinsEachSideByItsParagraphingRule() {
        ParagraphedGoldDocument document = ParagraphedGoldDocument.of(ARTICLE, LineParagraphing.HEADINGS_APART);

        assertThat(document.rejoinedSource().paragraphs()).extracting(Paragraph::text)
                .containsExactly("Kingspitz-Nordostwand direkt", "Dring ... dring ... Schon Bern .");
        assertThat(document.rejoinedTarget().paragraphs()).extracting(Paragraph::text)
                .containsExactly("Kingspitz , face nord-est directe", "Dring ... dring ... Déjà Berne .");
    }

    @Test
    void rejectsLabelsThatDoNotMatchTheSentences() {
        assertThatThrownBy(() -> new ParagraphedGoldDocument(ARTICLE, List.of(0, 0), List.of(0, 0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2/3 source");
    }

    @Test
    void givesTheGoldSentencesWithTheirParagraphs() {
        ParagraphedGoldDocument document = ParagraphedGoldDocument.of(ARTICLE, LineParagraphing.HEADINGS_APART);

        assertThat(document.sourceSentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
        assertThat(document.targetSentences()).extracting(Sentence::index).containsExactly(0, 1, 2);
        assertThat(document.targetSentences().get(2).text()).isEqualTo("Déjà Berne .");
    }

    @Test
    void anUnmarkedDocumentHasEverySentenceInParagraphZero() {
        ParagraphedGoldDocument document = ParagraphedGoldDocument.unmarked(ARTICLE);

        assertThat(document.sourceSentences()).extracting(Sentence::paragraph).containsOnly(0);
        assertThat(document.withTargetParagraphs(List.of(0, 1, 1)).targetSentences())
                .extracting(Sentence::paragraph).containsExactly(0, 1, 1);
    }
}
