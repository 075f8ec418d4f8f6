package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

class DictionaryFileTest {
    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    @Test
    void readsATsvWordList() throws IOException {
        Path tsv = Files.writeString(dir.resolve("words.tsv"), "weather\tпогода\nrain\tдождь\n", StandardCharsets.UTF_8);

        assertThat(DictionaryFile.read(tsv).entries())
                .containsExactly(new BilingualDictionary.Entry("weather", "погода"), new BilingualDictionary.Entry("rain", "дождь"));
    }

    @Test
    void readsADictdIndexWithItsDictionaryBesideIt() throws IOException {
        String entry = "weather /ˈweðə/ <n>\nпогода\n";
        Files.writeString(dir.resolve("eng-rus.dict"), entry, StandardCharsets.UTF_8);
        int length = entry.getBytes(StandardCharsets.UTF_8).length;
        Path index = Files.writeString(dir.resolve("eng-rus.index"), "weather\tA\t" + "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".charAt(length) + "\n",
                StandardCharsets.UTF_8);

        assertThat(DictionaryFile.read(index).entries()).containsExactly(new BilingualDictionary.Entry("weather", "погода"));
    }

    @Test
    void aMissingFileIsAUserErrorNamingTheFormats() {
        assertThatThrownBy(() -> DictionaryFile.read(dir.resolve("nowhere.dic")))
                .isInstanceOf(SverkaException.class)
                .hasMessageContaining("nowhere.dic").hasMessageContaining("does not exist").hasMessageContaining("TSV");
    }

    @Test
    void aFileWithoutEntriesIsAUserError() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.tsv"), "# nothing yet\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DictionaryFile.read(empty)).isInstanceOf(SverkaException.class).hasMessageContaining("no entries");
    }

    @Test
    void theDictionaryDecidesWhichSentenceWasLeftUntranslated() throws IOException {
        // Length alone pairs the Russian sentence with the first English one, which it does not translate.
        List<Sentence> english = List.of(
                new Sentence(0, 0, "He walked slowly along the empty platform, counting the old wooden benches."),
                new Sentence(1, 0, "Rain fell all night and the weather turned cold."));
        List<Sentence> russian = List.of(new Sentence(0, 0, "Всю ночь шёл дождь, и погода стала холодной, промозглой и совсем осенней."));
        Path tsv = Files.writeString(dir.resolve("words.tsv"), "rain\tдождь\nweather\tпогода\ncold\tхолодной\nnight\tночь\n",
                StandardCharsets.UTF_8);

        List<Bead> plain = new SentenceAligner().align(english, Locale.ENGLISH, russian, RUSSIAN, Progress.NONE);
        List<Bead> withWords = new SentenceAligner().withDictionary(DictionaryFile.read(tsv))
                .align(english, Locale.ENGLISH, russian, RUSSIAN, Progress.NONE);

        assertThat(plain).noneMatch(b -> b.sourceStart() == 1 && b.sourceCount() == 1 && b.targetCount() == 1);
        assertThat(withWords).anyMatch(b -> b.sourceStart() == 1 && b.sourceCount() == 1 && b.targetCount() == 1);
    }
}
