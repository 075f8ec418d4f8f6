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

    @Test
    void matchesEnglishHAsRussianGeAndOlderLetterByLetterTranscription() {
        assertThat(matcher.matches("Howard", "Говард")).isTrue();
        assertThat(matcher.matches("Harry", "Гарри")).isTrue();
        assertThat(matcher.matches("Hamburg", "Гамбурге")).isTrue();
        assertThat(matcher.matches("Iowa", "Айовы")).isTrue();
        assertThat(matcher.matches("Texas", "Техасе")).isTrue();
        assertThat(matcher.matches("Joan", "Джоан")).isTrue();
    }

    @Test
    void matchesGreekThAsFeAndBAsVe() {
        assertThat(matcher.matches("Bethesda", "Вифезда")).isTrue();
        assertThat(matcher.matches("Martha", "Марфы")).isTrue();
    }

    @Test
    void readsCBeforeTheVowelRulesSoThatCaseyIsKeyedLikeKeysi() {
        assertThat(matcher.key("Casey")).isEqualTo(matcher.key("Кейси"));
        assertThat(matcher.matches("Ashley", "Эшли")).isTrue();
        assertThat(matcher.matches("Stanley", "Стэнли")).isTrue();
    }

    @Test
    void keepsRussianCheApartFromKha() {
        assertThat(matcher.key("Чен")).isEqualTo("chen");
        assertThat(matcher.matches("Chelsea", "Челси")).isTrue();
        assertThat(matcher.matches("Christopher", "Кристофер")).isTrue();
        assertThat(matcher.key("Хен")).isEqualTo("hen");
    }

    @Test
    void matchesChinesePinyinAsPalladiusTranscribesIt() {
        assertThat(matcher.matches("Jinping", "Цзиньпина")).isTrue();
        assertThat(matcher.matches("Xi", "Си")).isTrue();
        assertThat(matcher.matches("Zedong", "Цзэдун")).isTrue();
        assertThat(matcher.matches("Zhou", "Чжоу")).isTrue();
    }

    @Test
    void matchesKoreanRomanisationAsRussianTranscribesIt() {
        assertThat(matcher.matches("Jae", "Чжэ")).isTrue();
        assertThat(matcher.matches("Jong", "Чен")).isTrue();
        assertThat(matcher.matches("Yong", "Юн")).isTrue();
        assertThat(matcher.matches("Yong", "Ён")).isTrue();
        assertThat(matcher.matches("Un", "Ыном")).isTrue();
        assertThat(matcher.matches("Moon", "Муном")).isTrue();
    }

    @Test
    void matchesContinentalAndFrenchSpellings() {
        assertThat(matcher.matches("Jakubowski", "Якубовской")).isTrue();
        assertThat(matcher.matches("Kovacic", "Ковачичу")).isTrue();
        assertThat(matcher.matches("Prix", "при")).isTrue();
        assertThat(matcher.matches("Saint", "Сен")).isTrue();
        assertThat(matcher.matches("Quentin", "Кантен")).isTrue();
    }

    @Test
    void matchesARussianEuroCompoundWithTheEnglishEuroWord() {
        assertThat(matcher.matches("Europa", "Евролиги")).isTrue();
        assertThat(matcher.matches("Евросоюз", "European")).isTrue();
        assertThat(matcher.matches("Europa", "Евро")).isFalse();
    }

    @Test
    void theExtraTranscriptionsDoNotMatchDifferentNames() {
        assertThat(matcher.matches("Howard", "Гарсия")).isFalse();
        assertThat(matcher.matches("Jinping", "Нильсен")).isFalse();
        assertThat(matcher.matches("Jong", "Кравец")).isFalse();
        assertThat(matcher.matches("Craig", "Кэйга")).isFalse();
        assertThat(matcher.matches("Carolina", "Калифорния")).isFalse();
    }

    @Test
    void sameNeedsMoreThanASharedSkeletonWhenTheFirstSoundsDiffer() {
        assertThat(matcher.same("Гарсия", "Chris")).isFalse();
        assertThat(matcher.same("Гарсия", "Greece")).isFalse();
        assertThat(matcher.same("Spieth", "субботу")).isFalse();
        assertThat(matcher.same("Президент", "president")).isTrue();
        assertThat(matcher.same("Кристофер", "Christopher")).isTrue();
    }

    @Test
    void resemblesRespellingsButNotNamesThatOnlyShareConsonants() {
        assertThat(matcher.resembles("Buchanan", "Бьюкенен")).isTrue();
        assertThat(matcher.resembles("Dwyer", "Дуайера")).isTrue();
        assertThat(matcher.resembles("Boy", "Бою")).isTrue();
        assertThat(matcher.resembles("Gary", "Окафор")).isFalse();
        assertThat(matcher.resembles("Korea", "Окафор")).isFalse();
        assertThat(matcher.resembles("Molinari", "Мюллер")).isFalse();
    }
}
