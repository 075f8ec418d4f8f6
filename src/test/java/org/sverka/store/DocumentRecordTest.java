package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

class DocumentRecordTest {
    private static final String SHA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";

    @Test
    void keepsTheSha256InLowerCase() {
        DocumentRecord document = new DocumentRecord("a.txt", 4, SHA, "text/plain", "UTF-8", Locale.ENGLISH,
                List.of(), List.of());

        assertThat(document.sha256()).isEqualTo(SHA.toLowerCase(Locale.ROOT));
    }

    @Test
    void refusesAHashThatIsNotSha256() {
        assertThatThrownBy(() -> new DocumentRecord("a.txt", 4, "abc", "text/plain", "UTF-8", Locale.ENGLISH,
                List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sha256 must be 64 hex digits: abc");
    }

    @Test
    void refusesSentencesOutOfOrder() {
        List<Sentence> sentences = List.of(new Sentence(0, 0, "Раз."), new Sentence(2, 0, "Три."));

        assertThatThrownBy(() -> new DocumentRecord("a.txt", 4, SHA, "text/plain", "UTF-8", Locale.ENGLISH,
                List.of(new Paragraph(0, "Раз. Три.")), sentences))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sentence at position 1 has index 2 in a.txt");
    }

    @Test
    void refusesParagraphsOutOfOrder() {
        assertThatThrownBy(() -> new DocumentRecord("a.txt", 4, SHA, "text/plain", "UTF-8", Locale.ENGLISH,
                List.of(new Paragraph(1, "Раз.")), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("paragraph at position 0 has index 1 in a.txt");
    }

    @Test
    void isNotChangedByLaterChangesToTheCallersLists() {
        List<Sentence> sentences = new ArrayList<>(List.of(new Sentence(0, 0, "One.")));
        DocumentRecord document = new DocumentRecord("a.txt", 4, SHA, "text/plain", "UTF-8", Locale.ENGLISH,
                List.of(new Paragraph(0, "One.")), sentences);

        sentences.add(new Sentence(1, 0, "Two."));

        assertThat(document.sentences()).hasSize(1);
    }
}
