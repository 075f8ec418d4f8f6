package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class JsonlParagraphsTest {

    @Test
    void sentencesWithTheSameIdPrefixShareAParagraph(@TempDir Path folder) throws IOException {
        Path jsonl = folder.resolve("gold.jsonl");
        Files.writeString(jsonl, """
                {"sources": {"ids": ["s1"], "text": ["Anna Karenina"]}, "targets": {"ids": ["s1"], "text": ["Анна Каренина"]}}
                {"sources": {"ids": ["s6.0", "s6.1"], "text": ["One.", "Two."]}, "targets": {"ids": [""], "text": []}}

                {"sources": {"ids": ["s6.2"], "text": ["Three."]}, "targets": {"ids": ["s6"], "text": ["Раз, два, три."]}}
                {"sources": {"ids": ["s7"], "text": ["Four."]}, "targets": {"ids": ["s7"], "text": ["Четыре."]}}
                """);

        JsonlParagraphs.Labels labels = JsonlParagraphs.read(jsonl);

        assertThat(labels.source()).containsExactly(0, 1, 1, 1, 2);
        assertThat(labels.target()).containsExactly(0, 1, 2);
    }

    @Test
    void aPrefixSeenAgainAfterAnotherStartsANewParagraph(@TempDir Path folder) throws IOException {
        Path jsonl = folder.resolve("gold.jsonl");
        Files.writeString(jsonl, """
                {"sources": {"ids": ["s1.0", "s2", "s1.1"], "text": ["A.", "B.", "C."]}, "targets": {"ids": [], "text": []}}
                """);

        assertThat(JsonlParagraphs.read(jsonl).source()).containsExactly(0, 1, 2);
    }

    @Test
    void rejectsABeadWithMoreIdsThanTexts(@TempDir Path folder) throws IOException {
        Path jsonl = folder.resolve("gold.jsonl");
        Files.writeString(jsonl, """
                {"sources": {"ids": ["s1.0", "s1.1"], "text": ["A."]}, "targets": {"ids": [], "text": []}}
                """);

        assertThatThrownBy(() -> JsonlParagraphs.read(jsonl)).isInstanceOf(SverkaException.class)
                .hasMessageContaining("line 1").hasMessageContaining("2 ids but 1 texts");
    }
}
