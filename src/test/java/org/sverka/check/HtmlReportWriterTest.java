package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class HtmlReportWriterTest {
    private final CheckedPair pair = CheckedPair.of(1, "Exports <rose> by 30%.", "Экспорт вырос на 40%.");
    private final Finding finding = Finding.of("NUMBERS", Severity.ERROR, pair, "Numbers differ: 30 vs 40",
            List.of(new Span(18, 20)), List.of(new Span(17, 19)));

    private String report() {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write("Check <report>", List.of(pair, CheckedPair.of(2, "Fine.", "Хорошо.")), List.of(finding), out);
        return out.toString();
    }

    @Test
    void marksTheSpansOnBothSides() {
        assertThat(report()).contains("Exports &lt;rose&gt; by <mark style=\"background:#f8b4b4\">30</mark>%.")
                .contains("Экспорт вырос на <mark style=\"background:#f8b4b4\">40</mark>%.");
    }

    @Test
    void escapesTextAndUsesNoExternalResources() {
        String html = report();
        assertThat(html).contains("<title>Check &lt;report&gt;</title>").doesNotContain("<rose>")
                .doesNotContain("http").doesNotContain("<link").doesNotContain("<script").doesNotContain("src=");
    }

    @Test
    void summarisesFindingsByCheckAndShowsOnlyPairsWithFindings() {
        String html = report();
        assertThat(html).contains(">NUMBERS</td>").contains(">1</td>").doesNotContain("Хорошо");
    }

    @Test
    void writesAnEmptyReportForNoFindings() {
        StringWriter out = new StringWriter();
        new HtmlReportWriter().write("Empty", List.of(), List.of(), out);
        assertThat(out.toString()).startsWith("<!DOCTYPE html>").contains("<b>0</b>").endsWith("</html>\n");
    }
}
