package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GlossaryCsvReaderTest {
    private static Glossary read(String csv) throws IOException {
        return new GlossaryCsvReader().read(new StringReader(csv), "test.csv");
    }

    @Test
    void readsTermsSkippingBomHeaderCommentsAndBlankRows() throws IOException {
        Glossary glossary = read("\uFEFFen,ru\r\n# comment\r\nsanction,санкция\r\n\r\n\"central bank\",\"центральный банк\"\r\n");
        assertThat(glossary.terms()).containsExactly(new Glossary.Term("sanction", "санкция"),
                new Glossary.Term("central bank", "центральный банк"));
    }

    @Test
    void readsQuotedCommasAndQuotes() throws IOException {
        assertThat(read("\"a, \"\"b\"\"\",в\n").terms()).containsExactly(new Glossary.Term("a, \"b\"", "в"));
    }

    @Test
    void rejectsARowWithOneColumnNamingTheRow() {
        assertThatThrownBy(() -> read("sanction,санкция\nlonely\n"))
                .isInstanceOf(GlossaryFormatException.class).hasMessageContaining("row 2");
    }

    @Test
    void rejectsAnUnclosedQuote() {
        assertThatThrownBy(() -> read("\"sanction,санкция\n")).isInstanceOf(GlossaryFormatException.class);
    }

    @Test
    void readsAnEmptyFileAsAnEmptyGlossary() throws IOException {
        assertThat(read("").terms()).isEmpty();
    }
}
