package org.sverka.transliteration;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptToAsciiTest {

    @Test
    void russianFollowsIso9AsIcuAnyLatinDoes() {
        assertThat(ScriptToAscii.transliterate("лукашенко", true)).contains("lukasenko");
        assertThat(ScriptToAscii.transliterate("щука", true)).contains("suka");
        assertThat(ScriptToAscii.transliterate("ёжик", true)).contains("ezik");
        assertThat(ScriptToAscii.transliterate("подъезд", true)).contains("pod\"ezd");
        assertThat(ScriptToAscii.transliterate("путина", true)).contains("putina");
    }

    @Test
    void latinDiacriticsAreDropped() {
        assertThat(ScriptToAscii.transliterate("für", true)).contains("fur");
        assertThat(ScriptToAscii.transliterate("élevé", true)).contains("eleve");
        assertThat(ScriptToAscii.transliterate("straße", true)).contains("strasse");
        assertThat(ScriptToAscii.transliterate("æøœ", true)).contains("aeooe");
    }

    @Test
    void anotherScriptIsLeftToIcu() {
        assertThat(ScriptToAscii.transliterate("αθήνα", true)).isEmpty();
        assertThat(ScriptToAscii.transliterate("東京", true)).isEmpty();
    }

    @Test
    void aLoneMarkOfAnotherScriptIsDroppedOnlyWhenAsked() {
        assertThat(ScriptToAscii.transliterate("sू", true)).contains("s");
        assertThat(ScriptToAscii.transliterate("sू", false)).isEmpty();
        assertThat(ScriptToAscii.transliterate("e\u0301t\u0308e", false)).contains("ete");
    }

    @Test
    void anEmptyWordStaysEmpty() {
        assertThat(ScriptToAscii.transliterate("", true)).contains("");
    }
}
