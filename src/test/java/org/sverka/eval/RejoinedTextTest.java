package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sverka.model.Paragraph;

class RejoinedTextTest {

    @Test
    void joinsTheSentencesOfAParagraphWithSingleSpacesAndKeepsTheirSpans() {
        RejoinedText text = RejoinedText.of(List.of("Mr. Smith came.", " He left. "), List.of(0, 0));

        assertThat(text.paragraphs()).containsExactly(new Paragraph(0, "Mr. Smith came. He left."));
        assertThat(text.goldSpans()).containsExactly(new ParagraphSpan(0, 0, 15), new ParagraphSpan(0, 16, 24));
    }

    @Test
    void startsANewParagraphWhereTheLabelChanges() {
        RejoinedText text = RejoinedText.of(List.of("Глава I", "Все счастливые семьи похожи друг на друга.",
                "Каждая несчастливая семья несчастлива по-своему."), List.of(4, 9, 9));

        assertThat(text.paragraphs()).extracting(Paragraph::text).containsExactly("Глава I",
                "Все счастливые семьи похожи друг на друга. Каждая несчастливая семья несчастлива по-своему.");
        assertThat(text.goldSpans()).extracting(ParagraphSpan::paragraph).containsExactly(0, 1, 1);
        assertThat(text.goldSpans().get(2).start()).isEqualTo(43);
    }

    @Test
    void everySpanCutsItsSentenceOutOfTheParagraph() {
        List<String> sentences = List.of("One.", "Two!", "Three?", "Four");
        RejoinedText text = RejoinedText.of(sentences, List.of(0, 0, 1, 1));

        for (int i = 0; i < sentences.size(); i++) {
            ParagraphSpan span = text.goldSpans().get(i);
            assertThat(text.paragraphs().get(span.paragraph()).text().substring(span.start(), span.end()))
                    .isEqualTo(sentences.get(i));
        }
    }

    @Test
    void anEmptyDocumentHasNoParagraphs() {
        RejoinedText text = RejoinedText.of(List.of(), List.of());

        assertThat(text.paragraphs()).isEmpty();
        assertThat(text.goldSpans()).isEmpty();
    }

    @Test
    void rejectsABlankGoldSentence() {
        assertThatThrownBy(() -> RejoinedText.of(List.of("One.", "  "), List.of(0, 0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("gold sentence 1 is blank");
    }

    @Test
    void rejectsMissingParagraphLabels() {
        assertThatThrownBy(() -> RejoinedText.of(List.of("One.", "Two."), List.of(0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 sentences, 1 labels");
    }
}
