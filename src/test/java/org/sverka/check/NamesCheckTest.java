package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class NamesCheckTest {
    private static final CheckContext EN_RU = new CheckContext(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    private static List<Finding> check(String... sourceAndTarget) {
        List<CheckedPair> pairs = new java.util.ArrayList<>();
        for (int i = 0; i + 1 < sourceAndTarget.length; i += 2) {
            pairs.add(CheckedPair.of(pairs.size() + 1, sourceAndTarget[i], sourceAndTarget[i + 1]));
        }
        return new NamesCheck().check(pairs, EN_RU);
    }

    @Test
    void warnsWhenASentenceInitialNameTheTextNamesElsewhereIsReplaced() {
        List<Finding> findings = check(
                "The court heard from Sanford on Friday.", "Суд заслушал Сэнфорда в пятницу.",
                "Sanford took the stand and testified that he was not in town.",
                "В своих показаниях Мюллер заявил, что его не было в городе.");
        assertThat(findings).extracting(Finding::pairNumber, Finding::severity, Finding::message)
                .containsExactly(tuple(2, Severity.WARNING, "Names differ: Sanford vs Мюллер"));
    }

    @Test
    void acceptsASentenceInitialNameRenderedFaithfully() {
        assertThat(check(
                "The court heard from Sanford on Friday.", "Суд заслушал Сэнфорда в пятницу.",
                "Sanford took the stand.", "Сэнфорд дал показания.")).isEmpty();
    }

    @Test
    void warnsWhenOneOfTwoMentionsOfANameIsReplaced() {
        List<Finding> findings = check("The economies of Iran and Russia depend on oil, he said of Russia.",
                "Экономика Ирана и Окафор зависит от нефти, сказал он о России.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(findings.get(0).message()).isEqualTo("Names differ: Russia vs Окафор");
    }

    @Test
    void acceptsANameTheTranslationRepeatsLessOftenWhenNoOtherNameAppears() {
        assertThat(check("Russia said Russia would answer.", "Россия заявила, что ответит.")).isEmpty();
    }

    @Test
    void readsANameAfterAClosingQuotationMarkAsAName() {
        List<Finding> findings = check("\"This denial is angry,\" Fleischer wrote.", "«Это гневное отрицание», — пишет Мюллер.");
        assertThat(findings).extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "Names differ: Fleischer vs Мюллер"));
    }

    @Test
    void acceptsEastAsianNamesInRussianTranscription() {
        assertThat(check("But on Saturday, Foreign Minister Ri Yong-ho blamed US sanctions.",
                "Однако в субботу министр иностранных дел Ри Юн Хо обвинил США.")).isEmpty();
        assertThat(check("It would be far too embarrassing for Xi Jinping, China's president.",
                "Это было бы слишком позорным для Си Цзиньпина, президента Китая.")).isEmpty();
    }

    @Test
    void aCapitalisedNumberWordOrAdjectiveOfTheTranslationIsNoConfidentName() {
        assertThat(check("Showers will reach the Four Corners by Tuesday.", "Ко вторнику ливни пройдут в районе Четырех углов."))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(check("His book on China, Silicon Valley and the World Order was published.",
                "Его книга о Китае, Кремниевая долина и мировой порядок вышла."))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void aCapitalisedInternetIsNoConfidentName() {
        assertThat(check("The information appeared online Thursday, posted on Capitol Hill.",
                "Эта информация появилась в Интернете в четверг, на Капитолийском холме."))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void aLongCommonWordSharingTheConsonantsOfANameIsNoCounterpart() {
        assertThat(check("Jordan Spieth and Justin Thomas set the benchmark on Saturday.",
                "Джорданом Нильсен и Джастином Томасом в субботу поставили планку."))
                .extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "Names differ: Spieth vs Нильсен"));
    }

    @Test
    void stillWarnsWhenAKoreanNameIsSwapped() {
        assertThat(check("Kim met the leader Moon Jae-in.", "Ким встретился с лидером Муном Гарсия Ином."))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void reportsNothingForAnEmptyText() {
        assertThat(new NamesCheck().check(List.of(), EN_RU)).isEmpty();
    }

    @Test
    void reportsANameTheSourceNeverGivesAsInfoByDefaultAndAsWarningWhenConfigured() {
        CheckedPair pair = CheckedPair.of(1, "He went there on Monday.", "В понедельник он отправился к Окафору.");
        assertThat(new NamesCheck().check(List.of(pair), EN_RU)).extracting(Finding::severity).containsExactly(Severity.INFO);
        assertThat(new NamesCheck(new NamesCheck.Config(true)).check(List.of(pair), EN_RU))
                .extracting(Finding::severity, Finding::message)
                .containsExactly(tuple(Severity.WARNING, "Name in the translation not found in the source: Окафору"));
    }

    @Test
    void keepsAnAddedShortNameAtInfoEvenWhenConfigured() {
        CheckedPair pair = CheckedPair.of(1, "He met the minister on Monday.", "В понедельник он встретился с министром Ри.");
        assertThat(new NamesCheck(new NamesCheck.Config(true)).check(List.of(pair), EN_RU))
                .extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void warnsWhenOneWordOfAMultiWordNameIsSwappedForAName() {
        List<Finding> findings = check("North Korea says nuclear disarmament won't come unless it can trust US",
                "Северная Мюллер заявляет, что ядерного разоружения не будет до тех пор, пока она не сможет доверять США");
        assertThat(findings).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.WARNING, "Names differ: Korea vs Мюллер"));
    }

    @Test
    void warnsWhenANameTakesThePlaceOfAWordOfATranslatedName() {
        // Штаты alone also names the United States: the name next to it took the place of Соединенных
        List<Finding> findings = check("He has so often been at the center of the action for the United States.",
                "Он так часто бывал в центре событий в Нильсен Штатах.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(findings.get(0).message()).startsWith("Names differ: United").endsWith("vs Нильсен");
    }

    @Test
    void acceptsAMultiWordNameTranslatedInFullOrByItsShortForm() {
        assertThat(check("North Korea says nuclear disarmament won't come unless it can trust US",
                "Северная Корея заявляет, что ядерного разоружения не будет до тех пор, пока она не сможет доверять США",
                "Ri spoke at the United Nations.", "Ри выступил в Организации Объединенных Наций.",
                "Ri spoke at the United Nations again.", "Ри снова выступил в ООН.",
                "He has so often been at the center of the action for the United States.",
                "Он так часто бывал в центре событий в Штатах.")).isEmpty();
    }

    @Test
    void warnsWhenOneOfTwoMentionsOfANameIsReplacedAndAnotherNameOfTheSameGroupRemains() {
        // Пекин stands for Beijing, so it does not make up for the lost second China
        List<Finding> findings = check("Terry Branstad, the U.S. ambassador to China and the former governor of Iowa, "
                        + "a major exporter to China, said Beijing had hurt American workers.",
                "Терри Бранстад, посол США в Окафор и бывший губернатор Айовы, крупного экспортера в Китай, "
                        + "утверждает, что Пекин нанес ущерб американским рабочим.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.WARNING);
        assertThat(findings.get(0).message()).isEqualTo("Names differ: China vs Окафор");
    }

    @Test
    void warnsWhenANameTakesThePlaceOfTheFirstWordOfATranscribedName() {
        List<Finding> findings = check("2009: A 7.6 magnitude quake struck near the city of Padang, capital of West Sumatra province.",
                "2009: Землетрясение магнитудой 7,6 произошло в городе Паданг, столице провинции Нильсен Суматра.");
        assertThat(findings).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.WARNING, "Names differ: West vs Нильсен"));
    }

    @Test
    void keepsATitleTheTranslationTurnsIntoAFirstNameAtInfo() {
        List<Finding> findings = check("\"It was a bit challenging,\" Ms. Sumbung said.",
                "«Было непросто», — рассказывает Селина Самбунг.");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void warnsWhenANameIsSwappedForOneThatOnlyResemblesAnotherNameTheTranslationRendersCloser() {
        List<Finding> findings = check("Ross's predecessors include David Moyes, Roy Keane and Gus Poyet.",
                "Предшественниками Росса были Дэвид Петров, Рой Кин и Гас Пойет.");
        assertThat(findings).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.WARNING, "Names differ: Moyes vs Петров"));
    }

    @Test
    void aCommonWordThatOnlyStartsASentenceIsNoCounterpartOfAName() {
        List<Finding> findings = check(
                "More than three months after the summit in Singapore, Ri spoke.",
                "Через три месяца после саммита в Мюллер выступил Ри.",
                "He wants more.", "Он хочет большего.");
        assertThat(findings).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.WARNING, "Names differ: Singapore vs Мюллер"));
    }

    @Test
    void acceptsASentenceInitialNameTheTextAlsoWritesInLowerCaseWhenItIsANameElsewhere() {
        assertThat(check("May said the plan may work.", "Мэй сказала, что план может сработать.",
                "Theresa May left.", "Тереза Мэй ушла.")).isEmpty();
    }

    @Test
    void warnsWhenAnAddedNameStandsWhereACapitalisedSourceWordLostItsCounterpart() {
        List<Finding> findings = check(
                "Europe take 10-6 lead into Ryder Cup final day", "В заключительный день Кубка Райдера Окафор лидирует со счетом 10-6",
                "Europe will take a healthy advantage into the final day.", "Европа получит солидное преимущество перед финальным днем.");
        assertThat(findings).extracting(Finding::pairNumber, Finding::severity, Finding::message).containsExactly(
                tuple(1, Severity.WARNING, "Name in the translation not found in the source: Окафор"));
    }

    @Test
    void keepsANameAddedBesideAFunctionWordThatStartsTheSentenceAtInfo() {
        List<Finding> findings = check("While the staff made it safely to Palu city, they saw devastation, Mr. Doseba said.",
                "Сотрудники благополучно прибыли в Палу, но по дороге увидели разрушения, сказал Досеба Синай.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void keepsANameAddedWhereEverySourceNameIsRenderedAtInfo() {
        List<Finding> findings = check("\"The churches will close,\" he said in Harlem.",
                "«Церкви закроются», — считает Кравец из Гарлема.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void warnsWhenANameTheTextGivesElsewhereTakesThePlaceOfAWordOfAName() {
        List<Finding> findings = check(
                "Voters will decide whether to rename their country the \"Republic of North Macedonia.\"",
                "Избиратели решат, переименовать ли страну в «Республику Ивановым Македония».",
                "President Gjorge Ivanov will disregard the vote.", "Президент Георге Иванов не признает результаты.");
        assertThat(findings).extracting(Finding::pairNumber, Finding::severity, Finding::message).containsExactly(
                tuple(1, Severity.WARNING, "Names differ: North vs Ивановым"));
    }

    @Test
    void keepsADifferingNameTheTextGivesElsewhereAtInfoWhenItTakesNoNamesPlace() {
        List<Finding> findings = check(
                "The Presiding Officer will submit the draft.", "Председатель Джонс представит проект.",
                "Elin Jones is expected to act.", "Ожидается, что Элин Джонс примет меры.");
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void keepsANameAddedBesideASentenceInitialWordTheTextAlsoWritesInLowerCaseAtInfo() {
        List<Finding> findings = check(
                "The churches will close, he said.", "Церкви закроются, считает Кравец.",
                "He told The Guardian about the plan.", "Он рассказал Guardian о плане.");
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void warnsWhenAWordOfANameIsSwappedForANameTheSourceGivesOnceButTheTranslationTwice() {
        List<Finding> findings = check(
                "What if Mr. Trump fires Rod Rosenstein, the man who controls the fate of Mr. Mueller's investigation?",
                "Что, если г-н Трамп уволит Рода Мюллер, человека, который контролирует судьбу расследования мистера Мюллера?");
        assertThat(findings).extracting(Finding::severity, Finding::message).containsExactly(
                tuple(Severity.WARNING, "Names differ: Rosenstein vs Мюллер"));
    }

    @Test
    void acceptsANameTheTranslationRepeatsWhereTheSourceSaysHe() {
        assertThat(check("Rod Rosenstein met Mr. Mueller, and he said the investigation goes on.",
                "Род Розенштейн встретился с Мюллером, и Мюллер сказал, что расследование продолжается.")).isEmpty();
    }
}
