package org.sverka.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class DictionaryFileTest {
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
}
