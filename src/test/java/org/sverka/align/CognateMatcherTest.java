package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CognateMatcherTest {
    private final CognateMatcher matcher = new CognateMatcher();

    private boolean cognates(String a, String b) {
        return CognateMatcher.matches(matcher.skeleton(a), matcher.skeleton(b));
    }

    @Test
    void matchesNamesAcrossScripts() {
        assertThat(cognates("лукашенко", "lukashenko")).isTrue();
        assertThat(cognates("вронский", "vronsky")).isTrue();
        assertThat(cognates("нато", "nato")).isTrue();
        assertThat(cognates("левин", "levin")).isTrue();
    }

    @Test
    void toleratesInflectionalEndings() {
        assertThat(cognates("путина", "putin")).isTrue();
        assertThat(cognates("интеграция", "integration")).isTrue();
        assertThat(cognates("september", "septembre")).isTrue();
    }

    @Test
    void rejectsUnrelatedWords() {
        assertThat(cognates("дом", "house")).isFalse();
        assertThat(cognates("levin", "lemon")).isFalse();
        assertThat(cognates("stadt", "ville")).isFalse();
    }

    @Test
    void shortWordsMatchOnlyWhenEqual() {
        assertThat(cognates("bon", "bon")).isTrue();
        assertThat(cognates("da", "да")).isFalse();
    }
}
