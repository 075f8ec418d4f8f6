package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PlainTextSnifferTest {
    @Test
    void takesRussianProseForText() {
        assertThat(PlainTextSniffer.looksLikeText("Стороны обсудили 28 отраслевых программ.\r\n\tЦены на газ.\f"))
                .isTrue();
    }

    @Test
    void takesRandomBytesForBinary() {
        byte[] junk = new byte[4096];
        new Random(7).nextBytes(junk);

        assertThat(PlainTextSniffer.looksLikeText(new String(junk, Charset.forName("windows-1251")))).isFalse();
    }

    @Test
    void takesMostlyDigitsAndSymbolsForBinary() {
        assertThat(PlainTextSniffer.looksLikeText("%%%% 0x7F 0x45 #### 1234 5678 ~~~~ @@@@ a")).isFalse();
    }

    @Test
    void takesNothingButSpacesForBinary() {
        assertThat(PlainTextSniffer.looksLikeText(" \n\n ")).isFalse();
        assertThat(PlainTextSniffer.looksLikeText("")).isFalse();
    }

    @Test
    void toleratesOneStrayControlCharacterInAThousand() {
        String text = "a".repeat(999);

        assertThat(PlainTextSniffer.looksLikeText(text + "\u001A")).isTrue();
        assertThat(PlainTextSniffer.looksLikeText("a".repeat(99) + "\u0000")).isFalse();
    }
}
