package org.sverka.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class DictdDictionaryTest {
    private static final String HAUS = "Haus /haʊ̯s/ <n, neut>\nmaison, demeure (litt.)\nGebäude, in dem man wohnt\n";
    private static final String ZUG = "Zug /t͡suːk/ <n, masc>\n1. train\nSchienenfahrzeug\n2. trait; courant d'air\nLuftbewegung\n";

    @TempDir
    Path dir;

    @Test
    void readsEveryTranslationOfACompressedDictionary() throws IOException {
        Path index = write("deu-fra", true);
        assertThat(DictdDictionary.read(index).entries()).containsExactly(
                new BilingualDictionary.Entry("Haus", "maison"), new BilingualDictionary.Entry("Haus", "demeure"),
                new BilingualDictionary.Entry("Zug", "train"), new BilingualDictionary.Entry("Zug", "trait"),
                new BilingualDictionary.Entry("Zug", "courant d'air"));
    }

    @Test
    void readsAnUncompressedDictionaryToo() throws IOException {
        Path index = write("plain", false);
        assertThat(DictdDictionary.read(index).entries()).hasSize(5);
    }

    @Test
    void numberedSensesAreTranslationsAndTheLinesAfterThemAreGlosses() {
        assertThat(DictdDictionary.translations(ZUG)).containsExactly("train", "trait", "courant d'air");
    }

    @Test
    void anEntryIndentedAsMuellersKeepsItsTranslationsAndDropsExamplesTranscriptionsAndLabels() {
        String hour = """
                hour
                   [↗aʊɜ] _n.
                   1) час; at an early hour рано; pay by the hour почасовая оплата
                   2) определённое время дня; office hours часы
                   работы (в учреждении); см. {clock}; _разг. времечко
                """;
        assertThat(DictdDictionary.translations(hour)).containsExactly("час", "определённое время дня", "времечко");
    }

    @Test
    void anEntryWithOnlyAHeadwordHasNoTranslations() {
        assertThat(DictdDictionary.translations("Leer /leːɐ̯/\n")).isEmpty();
        assertThat(DictdDictionary.translations("")).isEmpty();
    }

    @Test
    void decodesDictdBase64Numbers() {
        assertThat(DictdDictionary.decode("A")).isZero();
        assertThat(DictdDictionary.decode("BA")).isEqualTo(64);
        assertThat(DictdDictionary.decode("KXA")).isEqualTo(10 * 4096 + 23 * 64);
        assertThat(DictdDictionary.decode("*")).isNegative();
    }

    @Test
    void anIndexPointingOutsideItsDictionaryIsRejected() throws IOException {
        Path index = write("broken", false);
        Files.writeString(index, "Haus\tA\tZZZ\n");
        assertThatThrownBy(() -> DictdDictionary.read(index)).isInstanceOf(SverkaException.class)
                .hasMessageContaining("do not belong together");
    }

    @Test
    void aFileThatIsNotAnIndexIsRejected() {
        assertThatThrownBy(() -> DictdDictionary.read(dir.resolve("words.tsv"))).isInstanceOf(SverkaException.class)
                .hasMessageContaining(".index");
    }

    @Test
    void aMissingDictionaryFileIsReportedWithItsName() throws IOException {
        Path index = Files.writeString(dir.resolve("alone.index"), "Haus\tA\tB\n");
        assertThatThrownBy(() -> DictdDictionary.read(index)).isInstanceOf(SverkaException.class)
                .hasMessageContaining("alone.index");
    }

    private Path write(String name, boolean compressed) throws IOException {
        String info = "00-database-info\nA test dictionary\n";
        byte[] text = (info + HAUS + ZUG).getBytes(StandardCharsets.UTF_8);
        int infoLength = info.getBytes(StandardCharsets.UTF_8).length;
        int hausLength = HAUS.getBytes(StandardCharsets.UTF_8).length;
        int zugLength = ZUG.getBytes(StandardCharsets.UTF_8).length;
        String index = "00databaseinfo\t" + base64(0) + "\t" + base64(infoLength) + "\n"
                + "Haus\t" + base64(infoLength) + "\t" + base64(hausLength) + "\n"
                + "Zug\t" + base64(infoLength + hausLength) + "\t" + base64(zugLength) + "\n";
        if (compressed) {
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve(name + ".dict.dz")))) {
                out.write(text);
            }
        } else {
            Files.write(dir.resolve(name + ".dict"), text);
        }
        return Files.writeString(dir.resolve(name + ".index"), index);
    }

    private static String base64(long value) {
        String digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        do {
            out.insert(0, digits.charAt((int) (value % 64)));
            value /= 64;
        } while (value > 0);
        return out.toString();
    }

    @Test
    void aDictionaryThatDecompressesBeyondTheLimitIsRefusedBeforeItFillsTheHeap() throws IOException {
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(dir.resolve("bomb.dict.dz")))) {
            byte[] zeros = new byte[64 * 1024];
            for (int k = 0; k < 48; k++) {
                out.write(zeros);
            }
        }
        Path index = Files.writeString(dir.resolve("bomb.index"), "Haus\tA\tB\n", StandardCharsets.UTF_8);

        assertThatThrownBy(() -> DictdDictionary.read(index, 1 << 20))
                .isInstanceOf(SverkaException.class).hasMessageContaining("bomb.dict.dz").hasMessageContaining("more than 1 MB");
    }
}
