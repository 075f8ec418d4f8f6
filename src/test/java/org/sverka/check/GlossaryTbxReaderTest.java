package org.sverka.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryTbxReaderTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private final GlossaryTbxReader enRu = new GlossaryTbxReader(Locale.ENGLISH, RU);

    private static Path resource(String name) {
        try {
            return Path.of(GlossaryTbxReaderTest.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Glossary read(String xml) {
        InputStream in = new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
        return enRu.read(in, "test.tbx");
    }

    @Test
    void readsTbx2MatchingLanguagesByPrimarySubtagAndSkippingDeprecatedTerms() {
        assertThat(enRu.read(resource("glossary-tbx2.tbx")).terms()).containsExactly(
                new Glossary.Term("sanction", "санкция"),
                new Glossary.Term("central bank", "центральный банк"),
                new Glossary.Term("reserve bank", "центральный банк"));
    }

    @Test
    void readsTbx3WhateverTheOrderOfTheLanguages() {
        assertThat(enRu.read(resource("glossary-tbx3.tbx")).terms()).containsExactly(
                new Glossary.Term("peace talks", "мирные переговоры"),
                new Glossary.Term("Security Council", "Совет Безопасности"),
                new Glossary.Term("UNSC", "Совет Безопасности"));
    }

    @Test
    void readsTheOtherDirectionForARussianSourceText() {
        assertThat(new GlossaryTbxReader(RU, Locale.ENGLISH).read(resource("glossary-tbx3.tbx")).terms()).containsExactly(
                new Glossary.Term("мирные переговоры", "peace talks"),
                new Glossary.Term("Совет Безопасности", "Security Council"));
    }

    @Test
    void putsThePreferredTargetTermFirst() {
        Glossary glossary = read("<tbx xmlns='urn:iso:std:iso:30042:ed-2'><text><body><conceptEntry id='1'>"
                + "<langSec xml:lang='en'><termSec><term>truce</term></termSec></langSec>"
                + "<langSec xml:lang='ru'><termSec><term>замирение</term></termSec>"
                + "<termSec><term>перемирие</term><termNote type='administrativeStatus'>preferredTerm-admn-sts</termNote></termSec>"
                + "</langSec></conceptEntry></body></text></tbx>");
        assertThat(glossary.terms()).containsExactly(new Glossary.Term("truce", "перемирие"));
    }

    @Test
    void glossaryReadPicksTheReaderByExtension(@TempDir Path folder) throws IOException {
        Path csv = Files.writeString(folder.resolve("terms.csv"), "sanction,санкция\n");
        assertThat(Glossary.read(csv, Locale.ENGLISH, RU).terms()).containsExactly(new Glossary.Term("sanction", "санкция"));
        assertThat(Glossary.read(resource("glossary-tbx2.tbx"), Locale.ENGLISH, RU).terms()).hasSize(3);
    }

    @Test
    void readsADocumentWithoutEntriesAsAnEmptyGlossary() {
        assertThat(read("<martif type='TBX'><text><body/></text></martif>").terms()).isEmpty();
    }

    @Test
    void rejectsAFileWhoseEntriesLackOneOfTheLanguagesNamingTheLanguagesItHas() {
        assertThatThrownBy(() -> new GlossaryTbxReader(Locale.FRENCH, RU).read(resource("glossary-tbx2.tbx")))
                .isInstanceOf(GlossaryFormatException.class)
                .hasMessageContaining("none with both a fr and a ru term").hasMessageContaining("en, ru, de");
    }

    @Test
    void rejectsMalformedXmlWithItsLine() {
        assertThatThrownBy(() -> read("<martif>\n<text><body><termEntry>\n</body></text></martif>"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("not well-formed TBX").hasMessageContaining("line 3");
    }

    @Test
    void rejectsAnotherXmlFormat() {
        assertThatThrownBy(() -> read("<tmx version='1.4'><body/></tmx>"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("root element is <tmx>");
    }

    @Test
    void rejectsALanguageSectionWithoutALanguage() {
        assertThatThrownBy(() -> read("<martif><text><body><termEntry><langSet><tig><term>x</term></tig></langSet>"
                + "</termEntry></body></text></martif>"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("no xml:lang");
    }

    @Test
    void rejectsAnEmptyTerm() {
        assertThatThrownBy(() -> read("<martif><text><body><termEntry><langSet xml:lang='en'><tig><term> </term></tig>"
                + "</langSet></termEntry></body></text></martif>"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("empty <term>");
    }

    @Test
    void neverResolvesAnExternalEntity(@TempDir Path folder) throws IOException {
        Path secret = Files.writeString(folder.resolve("secret.txt"), "top secret");
        String xml = "<?xml version='1.0'?><!DOCTYPE martif [<!ENTITY xxe SYSTEM '" + secret.toUri() + "'>]>"
                + "<martif><text><body><termEntry><langSet xml:lang='en'><tig><term>a &xxe;</term></tig></langSet>"
                + "<langSet xml:lang='ru'><tig><term>б</term></tig></langSet></termEntry></body></text></martif>";
        List<Glossary.Term> terms;
        try {
            terms = read(xml).terms();
        } catch (GlossaryFormatException e) {
            assertThat(e.getMessage()).doesNotContain("top secret");
            return;
        }
        assertThat(terms).noneMatch(t -> t.source().contains("top secret"));
    }

    @Test
    void rejectsAMissingFileNamingIt() {
        assertThatThrownBy(() -> enRu.read(Path.of("no-such-glossary.tbx")))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("no-such-glossary.tbx");
    }
}
