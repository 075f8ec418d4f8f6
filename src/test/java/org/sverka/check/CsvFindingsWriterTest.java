package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CsvFindingsWriterTest {
    @Test
    void writesBomHeaderAndQuotedFieldsWithCrlf() {
        Finding f = Finding.of("NUMBERS", Severity.ERROR, CheckedPair.of(7, "He said \"5, not 6\".", "Он сказал «5»."),
                "Numbers differ: 6 in the source not found in the translation", List.of(new Span(13, 14)), List.of());
        StringWriter out = new StringWriter();
        new CsvFindingsWriter().write(List.of(f), out);
        assertThat(out.toString()).isEqualTo("\uFEFFpair,check,severity,source,target,message\r\n"
                + "7,NUMBERS,ERROR,\"He said \"\"5, not 6\"\".\",Он сказал «5».,Numbers differ: 6 in the source not found in the translation\r\n");
    }

    @Test
    void writesOnlyTheHeaderForNoFindings() {
        StringWriter out = new StringWriter();
        new CsvFindingsWriter().write(List.of(), out);
        assertThat(out.toString()).isEqualTo("\uFEFFpair,check,severity,source,target,message\r\n");
    }

    @Test
    void quotesLineBreaks() {
        assertThat(CsvFindingsWriter.field("a\nb")).isEqualTo("\"a\nb\"");
        assertThat(CsvFindingsWriter.field("plain")).isEqualTo("plain");
    }
}
