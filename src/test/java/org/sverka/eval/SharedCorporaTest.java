package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class SharedCorporaTest {
    @TempDir
    Path dir;

    @Test
    void countsSentencesByTextListsNotIds() throws IOException {
        Path file = Files.writeString(dir.resolve("gold.jsonl"), """
                {"sources": {"ids": ["s1"], "text": ["Source: x"]}, "targets": {"ids": [""], "text": []}}
                {"sources": {"ids": ["s2.0", "s2.1", "s2.2"], "text": ["He said \\"yes\\".", "Then left."]}, "targets": {"ids": ["s2"], "text": ["Он сказал \\u00abда\\u00bb и ушёл."]}}
                """);
        GoldDocument document = SharedCorpora.readJsonlBeads(file, Locale.ENGLISH, Locale.forLanguageTag("ru"));
        assertThat(document.source()).containsExactly("Source: x", "He said \"yes\".", "Then left.");
        assertThat(document.target()).containsExactly("Он сказал «да» и ушёл.");
        assertThat(document.gold().rungs()).containsExactly(
                new Ladder.Rung(List.of(0), List.of()), new Ladder.Rung(List.of(1, 2), List.of(0)));
    }

    @Test
    void malformedBeadNamesTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.jsonl"), "{\"sources\": {\"text\": [\"a\"]}}\n{oops\n");
        assertThatThrownBy(() -> SharedCorpora.readJsonlBeads(file, Locale.ENGLISH, Locale.ENGLISH))
                .isInstanceOf(SverkaException.class).hasMessageContaining("line 1");
    }
}
