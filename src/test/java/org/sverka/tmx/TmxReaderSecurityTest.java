package org.sverka.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

// The timeouts only guard against a hang (an expanding entity); they measure nothing.
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TmxReaderSecurityTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String BODY = "<tmx version=\"1.4\"><header creationtool=\"x\" creationtoolversion=\"1\" "
            + "segtype=\"sentence\" o-tmf=\"x\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/><body>"
            + "<tu><tuv xml:lang=\"en\"><seg>&payload;</seg></tuv><tuv xml:lang=\"ru\"><seg>Да.</seg></tuv></tu>"
            + "</body></tmx>";

    @TempDir
    Path dir;

    private Throwable read(String doctype) throws IOException {
        Path file = dir.resolve("evil.tmx");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n" + doctype + "\n" + BODY, StandardCharsets.UTF_8);
        return catchThrowable(() -> new TmxReader().read(file, EN, RU));
    }

    @Test
    void doesNotExpandAnExternalEntityPointingAtALocalFile() throws IOException {
        Throwable thrown = read("<!DOCTYPE tmx [<!ENTITY payload SYSTEM \"file:///etc/passwd\">]>");

        assertThat(thrown).isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("\"payload\" was referenced, but not declared")
                .hasMessageContaining("DTDs off")
                .hasMessageNotContaining("root:");
    }

    @Test
    void doesNotExpandTheBillionLaughs() throws IOException {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE tmx [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            String previous = "&lol" + (i - 1) + ";";
            doctype.append("<!ENTITY lol").append(i).append(" \"").append(previous.repeat(10)).append("\">");
        }
        doctype.append("<!ENTITY payload \"&lol9;\">]>");

        Throwable thrown = read(doctype.toString());

        assertThat(thrown).isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("\"payload\" was referenced, but not declared");
    }

    @Test
    void ignoresTheCustomaryDoctypeWithoutFetchingIt() throws IOException {
        Path file = dir.resolve("doctype.tmx");
        Files.writeString(file, "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx SYSTEM \"http://www.lisa.org/tmx/tmx14.dtd\">\n"
                + BODY.replace("&payload;", "Yes."), StandardCharsets.UTF_8);

        assertThat(new TmxReader().read(file, EN, RU).units()).extracting(TmxUnit::sourceText).containsExactly("Yes.");
    }
}
