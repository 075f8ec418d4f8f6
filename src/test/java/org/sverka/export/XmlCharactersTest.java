package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlCharactersTest {

    @Test
    void returnsAllowedTextUnchanged() {
        String text = "Tab\there, line\nbreak, «кириллица», 😀, \uE000";

        assertThat(XmlCharacters.keepAllowed(text)).isSameAs(text);
        assertThat(XmlCharacters.keepAllowed("")).isEmpty();
    }

    @Test
    void dropsControlCharactersNoncharactersAndLoneSurrogates() {
        assertThat(XmlCharacters.keepAllowed("\u0000a\u0001b\u001Fc\uFFFEd\uFFFFe\uD83Df\uDE00g"))
                .isEqualTo("abcdefg");
    }

    @Test
    void keepsAWellFormedSurrogatePair() {
        assertThat(XmlCharacters.keepAllowed("\u0007\uD83D\uDE00")).isEqualTo("😀");
    }
}
