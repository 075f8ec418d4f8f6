package org.sverka.dictionary;

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

class BilingualDictionaryTest {
    @TempDir
    Path dir;

    @Test
    void readsHunalignDicAsTargetAtSource() throws IOException {
        Path file = Files.writeString(dir.resolve("en-ru.dic"), "дом @ house\nКот @ Cat\n");
        assertThat(BilingualDictionary.read(file).entries()).containsExactly(
                new BilingualDictionary.Entry("house", "дом"), new BilingualDictionary.Entry("cat", "кот"));
    }

    @Test
    void readsTwoColumnTsv() throws IOException {
        Path file = Files.writeString(dir.resolve("en-ru.tsv"), "house\tдом\n\n# comment\n");
        assertThat(BilingualDictionary.read(file).entries()).containsExactly(new BilingualDictionary.Entry("house", "дом"));
    }

    @Test
    void rejectsALineInNeitherFormatNamingTheLine() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.dic"), "house\tдом\nhouse = дом\n");
        assertThatThrownBy(() -> BilingualDictionary.read(file)).isInstanceOf(SverkaException.class)
                .hasMessageContaining("Line 2").hasMessageContaining("TSV");
    }

    @Test
    void reversedReadsAFrenchGermanDictionaryAsGermanFrenchAndPlusKeepsBoth() {
        BilingualDictionary deuFra = new BilingualDictionary(List.of(new BilingualDictionary.Entry("Haus", "maison")));
        BilingualDictionary fraDeu = new BilingualDictionary(List.of(new BilingualDictionary.Entry("neige", "Schnee")));
        assertThat(deuFra.plus(fraDeu.reversed()).entries()).containsExactly(
                new BilingualDictionary.Entry("haus", "maison"), new BilingualDictionary.Entry("schnee", "neige"));
        assertThat(BilingualDictionary.EMPTY.plus(BilingualDictionary.EMPTY).isEmpty()).isTrue();
    }

    @Test
    void missingFileIsAUserError() {
        assertThatThrownBy(() -> BilingualDictionary.read(dir.resolve("none.dic"))).isInstanceOf(SverkaException.class)
                .hasMessageContaining("none.dic");
    }

    @Test
    void aRussianEnglishListIsReadTheOtherWayForAnEnglishText() {
        BilingualDictionary russianEnglish = new BilingualDictionary(List.of(
                new BilingualDictionary.Entry("дом", "house"), new BilingualDictionary.Entry("час", "hour")));

        assertThat(russianEnglish.orientedFor(Locale.ENGLISH, Locale.forLanguageTag("ru")).entries())
                .containsExactly(new BilingualDictionary.Entry("house", "дом"), new BilingualDictionary.Entry("hour", "час"));
        assertThat(russianEnglish.orientedFor(Locale.forLanguageTag("ru"), Locale.ENGLISH)).isSameAs(russianEnglish);
    }

    @Test
    void aListBetweenTwoLanguagesOfOneScriptIsTakenAsGiven() {
        BilingualDictionary frenchGerman = new BilingualDictionary(List.of(new BilingualDictionary.Entry("maison", "Haus")));

        assertThat(frenchGerman.orientedFor(Locale.GERMAN, Locale.FRENCH)).isSameAs(frenchGerman);
    }
}
