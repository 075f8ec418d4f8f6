package org.sverka.check;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NameMatcherTest {
    private final NameMatcher matcher = new NameMatcher();

    @Test
    void matchesTransliteratedNamesWithRussianEndings() {
        assertThat(matcher.matches("Lukashenko", "Лукашенко")).isTrue();
        assertThat(matcher.matches("Putin", "Путина")).isTrue();
        assertThat(matcher.matches("Putin", "Путиным")).isTrue();
        assertThat(matcher.matches("Donbass", "Донбасс")).isTrue();
        assertThat(matcher.matches("NATO", "НАТО")).isTrue();
    }

    @Test
    void matchesBothSpellingsOfKyiv() {
        assertThat(matcher.matches("Kiev", "Киев")).isTrue();
        assertThat(matcher.matches("Kyiv", "Киеве")).isTrue();
    }

    @Test
    void matchesEnglishSpellingsAgainstRussianTranscription() {
        assertThat(matcher.matches("Willoughby", "Уиллоуби")).isTrue();
        assertThat(matcher.matches("Merriweather", "Мерриуэзера")).isTrue();
        assertThat(matcher.matches("Sturridge", "Старридж")).isTrue();
        assertThat(matcher.matches("Smith", "Смит")).isTrue();
    }

    @Test
    void doesNotMatchDifferentNames() {
        assertThat(matcher.matches("Kyle", "Келли")).isFalse();
        assertThat(matcher.matches("Putin", "Медведев")).isFalse();
        assertThat(matcher.matches("Moscow", "Киев")).isFalse();
    }

    @Test
    void sameKeepsTrueCaseEndingsButNotChanceMeetingsOfCutWords() {
        assertThat(matcher.same("Путина", "Putin")).isTrue();
        assertThat(matcher.same("Мэй", "May")).isTrue();
        assertThat(matcher.matches("Нильсен", "NY")).isTrue();
        assertThat(matcher.same("Нильсен", "NY")).isFalse();
        assertThat(matcher.same("Окафор", "Oct")).isFalse();
    }
}
