package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptToAsciiTest {

    @Test
    void russianFollowsIso9AsIcuAnyLatinDoes() {
        assertThat(ScriptToAscii.transliterate("лукашенко")).contains("lukasenko");
        assertThat(ScriptToAscii.transliterate("щука")).contains("suka");
        assertThat(ScriptToAscii.transliterate("ёжик")).contains("ezik");
        assertThat(ScriptToAscii.transliterate("подъезд")).contains("pod\"ezd");
        assertThat(ScriptToAscii.transliterate("путина")).contains("putina");
    }

    @Test
    void latinDiacriticsAreDropped() {
        assertThat(ScriptToAscii.transliterate("für")).contains("fur");
        assertThat(ScriptToAscii.transliterate("élevé")).contains("eleve");
        assertThat(ScriptToAscii.transliterate("straße")).contains("strasse");
        assertThat(ScriptToAscii.transliterate("æøœ")).contains("aeooe");
    }

    @Test
    void anotherScriptIsLeftToIcu() {
        assertThat(ScriptToAscii.transliterate("αθήνα")).isEmpty();
        assertThat(ScriptToAscii.transliterate("東京")).isEmpty();
    }

    @Test
    void anEmptyWordStaysEmpty() {
        assertThat(ScriptToAscii.transliterate("")).contains("");
    }
}
