package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class SentenceFileAlignerTest {
    @TempDir
    Path dir;

    @Test
    void writesALadderForTwoSentenceFiles() throws IOException {
        Path en = Files.writeString(dir.resolve("en.txt"), """
                Anna Karenina arrived in Moscow on the 3rd of March.
                Levin met her at the station.
                They talked about Kitty.
                """);
        Path ru = Files.writeString(dir.resolve("ru.txt"), """
                Анна Каренина приехала в Москву 3 марта.
                Левин встретил её на вокзале.
                Они говорили о Кити.
                """);
        Path out = dir.resolve("out.ladder");
        SentenceFileAligner.alignSentenceFiles(en, Locale.ENGLISH, ru, Locale.forLanguageTag("ru"), out);
        assertThat(Files.readString(out)).isEqualTo("[0]:[0]\n[1]:[1]\n[2]:[2]\n");
    }

    @Test
    void missingSourceFileIsAUserError() {
        assertThatThrownBy(() -> SentenceFileAligner.alignSentenceFiles(dir.resolve("none.txt"), Locale.ENGLISH,
                dir.resolve("none.txt"), Locale.ENGLISH, dir.resolve("out")))
                .isInstanceOf(SverkaException.class).hasMessageContaining("none.txt");
    }

    @Test
    void nonUtf8FileIsAUserError() throws IOException {
        Path latin1 = Files.write(dir.resolve("latin1.txt"), new byte[] {(byte) 0xE9, (byte) 0xE8, '\n'});
        assertThatThrownBy(() -> SentenceFileAligner.alignSentenceFiles(latin1, Locale.FRENCH, latin1, Locale.FRENCH,
                dir.resolve("out"))).isInstanceOf(SverkaException.class).hasMessageContaining("UTF-8");
    }
}
