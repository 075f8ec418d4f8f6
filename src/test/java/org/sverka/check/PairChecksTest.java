package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** Behaviours of single checks beyond their examples: what they must leave alone. */
class PairChecksTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final CheckContext EN_RU = new CheckContext(Locale.ENGLISH, RU);

    private static List<Finding> run(Check check, String source, String target) {
        return check.check(List.of(CheckedPair.of(1, source, target)), EN_RU);
    }

    @Test
    void namesCheckAcceptsTranslatedCountryNamesAndAcronyms() {
        assertThat(run(new NamesCheck(), "He flew from Germany to the US to meet EU officials.",
                "Он прилетел из Германии в США на встречу с представителями ЕС.")).isEmpty();
    }

    @Test
    void namesCheckIgnoresEnglishCapitalisedCommonWordsAlone() {
        assertThat(run(new NamesCheck(), "The Welsh Assembly Commission met on Monday.",
                "Комиссия собралась в понедельник.")).isEmpty();
    }

    @Test
    void namesCheckReportsAnAddedRussianNameOnlyAsInfo() {
        List<Finding> findings = run(new NamesCheck(), "He said it was over.", "Адамс сказал, что Смит ушёл.");
        assertThat(findings).singleElement().extracting(Finding::severity).isEqualTo(Severity.INFO);
    }

    @Test
    void namesCheckTreatsWordsTheTextWritesInLowerCaseAsCommon() {
        List<CheckedPair> pairs = List.of(
                CheckedPair.of(1, "The council met.", "Заседание ассамблеи началось."),
                CheckedPair.of(2, "The council voted.", "Члены Ассамблеи проголосовали."));
        assertThat(new NamesCheck().check(pairs, EN_RU)).isEmpty();
    }

    @Test
    void namesCheckAcceptsATranscriptionTheTextRepeatsButFlagsAOneOffSwap() {
        List<CheckedPair> pairs = List.of(
                CheckedPair.of(1, "Yesterday Daley won.", "Вчера Дейли победил."),
                CheckedPair.of(2, "Then Daley spoke.", "Затем Дейли выступил."),
                CheckedPair.of(3, "Later Daley left.", "Позже Петров ушёл."));
        assertThat(new NamesCheck().check(pairs, EN_RU)).extracting(Finding::pairNumber).containsExactly(3);
    }

    @Test
    void numbersCheckAcceptsConvertedUnits() {
        assertThat(run(new NumbersCheck(), "Waves as high as 20 feet hit the coast 40 miles away.",
                "Волны высотой до 6 метров обрушились на берег в 65 км оттуда.")).isEmpty();
    }

    @Test
    void numbersCheckRequiresLargeNumbersWrittenInWords() {
        assertThat(run(new NumbersCheck(), "Thirty-two percent supported it.", "Его поддержали 23 процента."))
                .singleElement().extracting(Finding::message).asString().contains("Thirty-two").contains("23");
    }

    @Test
    void endPunctuationAcceptsASegmentThatContinues() {
        assertThat(run(new EndPunctuationCheck(), "\"We are doing great,\" he said.", "«Дела идут отлично», — сказал он. —"))
                .isEmpty();
    }

    @Test
    void quotesCheckAcceptsAQuotationThatRunsOverSeveralSentencesOnBothSides() {
        assertThat(run(new QuotesBracketsCheck(), "'We know it will take time.", "«Мы знаем, что это займёт время.")).isEmpty();
    }

    @Test
    void untranslatedCheckAcceptsNamesNumbersAndUrls() {
        UntranslatedCheck check = new UntranslatedCheck();
        assertThat(run(check, "Manchester United 2-1 Chelsea", "Manchester United 2-1 Chelsea")).isEmpty();
        assertThat(run(check, "See https://example.org/news", "See https://example.org/news")).isEmpty();
    }

    @Test
    void glossaryCheckAcceptsAnInflectedTargetTerm() {
        Glossary glossary = new Glossary(List.of(new Glossary.Term("central bank", "центральный банк")));
        CheckContext context = new CheckContext(Locale.ENGLISH, RU, glossary);
        assertThat(new GlossaryCheck().check(CheckedPair.of(1, "The central banks raised rates.",
                "Центральные банки повысили ставки."), context)).isEmpty();
    }

    @Test
    void lengthRatioCheckNeedsAFewPairsToKnowTheText() {
        assertThat(run(new LengthRatioCheck(), "A long sentence about the weather in the mountains this week.", "Погода."))
                .isEmpty();
    }

    @Test
    void lengthRatioCheckFlagsAHalvedTranslationInAShortText() {
        List<CheckedPair> pairs = new ArrayList<>();
        String[][] texts = {
                {"The committee met on Monday to discuss the budget.", "Комитет собрался в понедельник, чтобы обсудить бюджет."},
                {"Prices for fuel have risen sharply this winter.", "Цены на топливо этой зимой резко выросли."},
                {"The museum will reopen after a long renovation.", "Музей откроется после долгой реконструкции."},
                {"Several roads were closed because of the heavy snow.", "Из-за сильного снегопада были закрыты несколько дорог."},
                {"The company plans to hire new engineers and designers next year in its offices in the north.",
                        "Компания планирует."}};
        for (String[] t : texts) {
            pairs.add(CheckedPair.of(pairs.size() + 1, t[0], t[1]));
        }
        assertThat(new LengthRatioCheck().check(pairs, EN_RU)).extracting(Finding::pairNumber).containsExactly(5);
    }

    @Test
    void doubledWordCheckAcceptsARepetitionTheSourceHasToo() {
        assertThat(run(new DoubledWordCheck(), "Bora Bora is far.", "Бора Бора далеко.")).isEmpty();
    }

    private static List<CheckedPair> background(String... lastPair) {
        List<CheckedPair> pairs = OrdinaryPairs.first(5);
        pairs.add(CheckedPair.of(pairs.size() + 1, lastPair[0], lastPair[1]));
        return pairs;
    }

    @Test
    void lengthRatioCheckFlagsATranslationCutOffAtAComma() {
        List<CheckedPair> pairs = background("Teachers asked the ministry for smaller classes, and parents agreed with them.",
                "Учителя попросили министерство уменьшить классы,");
        assertThat(new LengthRatioCheck().check(pairs, EN_RU)).extracting(Finding::pairNumber, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(6, Severity.WARNING));
    }

    @Test
    void lengthRatioCheckFlagsATranslationThatStartsMidSentence() {
        List<CheckedPair> pairs = background("When the storm came, the fans waited outside the stadium for hours.",
                "болельщики часами ждали у стадиона.");
        assertThat(new LengthRatioCheck().check(pairs, EN_RU)).extracting(Finding::pairNumber).containsExactly(6);
    }

    @Test
    void lengthRatioCheckReportsAMuchLongerTranslationOnlyAsInfo() {
        List<CheckedPair> pairs = background("Fans waited.",
                "Болельщики, несмотря на дождь и холод, долго и терпеливо ждали у ворот стадиона своих любимых игроков.");
        assertThat(new LengthRatioCheck().check(pairs, EN_RU)).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void quotesCheckAcceptsOneGuillemetClosingTwoNestedQuotations() {
        assertThat(run(new QuotesBracketsCheck(), "\"I remember people said, \"This is the end,\"\" he told me.",
                "«Я помню, люди говорили: «Это конец», — рассказал он.")).isEmpty();
    }

    @Test
    void quotesCheckFlagsAQuotationLeftOpenInTheTranslation() {
        List<Finding> findings = run(new QuotesBracketsCheck(), "\"He came to the sideline and collapsed there,\" Reed said.",
                "«Он вышел к боковой линии и рухнул там, — сказал Рид.");
        assertThat(findings).singleElement().extracting(Finding::message)
                .isEqualTo("Unbalanced quotation mark \"«\" in the translation");
    }

    @Test
    void quotesCheckAcceptsASourceQuotationThatOpensTwiceWithoutClosing() {
        assertThat(run(new QuotesBracketsCheck(), "\"When you look at leaks they say \"oh, I didn't do it.",
                "«Вы видите утечки, а потом они говорят: «Нет, я этого не делал.")).isEmpty();
    }

    @Test
    void endPunctuationAcceptsAQuestionClosedByQuotesAndAFullStop() {
        assertThat(run(new EndPunctuationCheck(), "With that heritage, how can I not be an optimist?\"",
                "С таким прошлым как я могу не быть оптимистом?».")).isEmpty();
    }

    @Test
    void endPunctuationReportsAMissingFullStopOnlyAsInfo() {
        assertThat(run(new EndPunctuationCheck(), "He raced between three defenders.", "Он промчался между тремя защитниками"))
                .extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void namesCheckWarnsWhenANameIsReplacedByAnotherName() {
        assertThat(run(new NamesCheck(), "Prof Berzofsky explained the results.", "Профессор Петров объяснил результаты."))
                .extracting(Finding::severity).containsExactly(Severity.WARNING);
    }

    @Test
    void namesCheckReportsANameTheSourceTextGivesElsewhereOnlyAsInfo() {
        List<CheckedPair> pairs = List.of(
                CheckedPair.of(1, "Oliver Cromwell ruled England.", "Оливер Кромвель правил Англией."),
                CheckedPair.of(2, "Its banishment would be justice for his Taliban-like destruction.",
                        "Изгнание Кромвеля стало бы возмездием за варварское уничтожение."));
        assertThat(new NamesCheck().check(pairs, EN_RU)).extracting(Finding::severity).containsOnly(Severity.INFO);
    }

    @Test
    void namesCheckReportsARespeltNameOnlyAsInfo() {
        assertThat(run(new NamesCheck(), "They met in Texas on Monday.", "Они встретились в понедельник в Техасе."))
                .extracting(Finding::severity).doesNotContain(Severity.WARNING);
    }

    @Test
    void namesCheckReportsATranslatedInstitutionWordOnlyAsInfo() {
        assertThat(run(new NamesCheck(), "He spoke at the Commonwealth summit.", "Он выступил на саммите Содружества."))
                .extracting(Finding::severity).doesNotContain(Severity.WARNING);
    }
}
