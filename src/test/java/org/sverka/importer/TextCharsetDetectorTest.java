package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.tika.metadata.Metadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextCharsetDetectorTest {
    private static final TextCharsetDetector RUSSIAN = new TextCharsetDetector(Locale.forLanguageTag("ru"));
    private static final String SHORT_RU = "Цены на газ.";

    @Test
    void takesAsciiAsUtf8() {
        assertThat(RUSSIAN.choose("NATO, 1997".getBytes(StandardCharsets.US_ASCII), false))
                .isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void takesValidUtf8AsUtf8() {
        assertThat(RUSSIAN.choose(SHORT_RU.getBytes(StandardCharsets.UTF_8), false)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void followsAUtf16ByteOrderMark() {
        byte[] bytes = ("\uFEFF" + SHORT_RU).getBytes(StandardCharsets.UTF_16LE);

        assertThat(RUSSIAN.choose(bytes, false)).isEqualTo(StandardCharsets.UTF_16LE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"windows-1251", "KOI8-R", "IBM866", "ISO-8859-5"})
    void decodesShortRussianTextInEveryCyrillicCodePage(String codePage) {
        Charset charset = Charset.forName(codePage);
        byte[] bytes = SHORT_RU.getBytes(charset);

        assertThat(new String(bytes, RUSSIAN.choose(bytes, false))).isEqualTo(SHORT_RU);
    }

    @Test
    void decodesFrenchInAWesternCodePage() {
        String french = "Les élèves ont été reçus à Noël par le maître d'hôtel, très ému.";
        byte[] bytes = french.getBytes(Charset.forName("windows-1252"));

        assertThat(new String(bytes, new TextCharsetDetector(Locale.FRENCH).choose(bytes, false))).isEqualTo(french);
    }

    @Test
    void acceptsUtf8CutInsideALetterWhenOnlyTheStartIsSeen() {
        byte[] whole = SHORT_RU.getBytes(StandardCharsets.UTF_8);
        byte[] cut = Arrays.copyOf(whole, 3);

        assertThat(TextCharsetDetector.isUtf8(cut, true)).isTrue();
        assertThat(TextCharsetDetector.isUtf8(cut, false)).isFalse();
    }

    @Test
    void leavesTheStreamWhereItWas() throws IOException {
        byte[] bytes = SHORT_RU.getBytes(Charset.forName("windows-1251"));
        InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes));

        assertThat(RUSSIAN.detect(in, new Metadata())).isEqualTo(Charset.forName("windows-1251"));
        assertThat(in.readAllBytes()).isEqualTo(bytes);
    }
}
