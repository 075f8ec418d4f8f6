package org.sverka.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

class SentenceSegmenterTest {

    private static final SentenceSegmenter ENGLISH = SentenceSegmenter.forLanguage(Locale.ENGLISH);
    private static final SentenceSegmenter RUSSIAN = SentenceSegmenter.forLanguage(Locale.forLanguageTag("ru"));

    @Test
    void keepsMrBeforeASurname() {
        assertThat(ENGLISH.split("We met Mr. Lukashenko in Moscow. The talks went well."))
                .containsExactly("We met Mr. Lukashenko in Moscow.", "The talks went well.");
    }

    @Test
    void keepsDrBeforeASurname() {
        assertThat(ENGLISH.split("Ask Dr. Smith about it. He knows."))
                .containsExactly("Ask Dr. Smith about it.", "He knows.");
    }

    @Test
    void keepsUSTogetherBeforeACapitalisedNoun() {
        assertThat(ENGLISH.split("He served in the U.S. Army for years. Then he retired."))
                .containsExactly("He served in the U.S. Army for years.", "Then he retired.");
    }

    @Test
    void keepsEgTogetherBeforeACapitalisedName() {
        assertThat(ENGLISH.split("Some presidents, e.g. Putin, spoke. Others listened."))
                .containsExactly("Some presidents, e.g. Putin, spoke.", "Others listened.");
    }

    @Test
    void keepsNoBeforeANumberButEndsTheAnswerNo() {
        assertThat(ENGLISH.split("Take No. 5 to the station. 'No. Why?'"))
                .containsExactly("Take No. 5 to the station.", "'No.", "Why?'");
    }

    @Test
    void keepsDecimalNumbersAndCurrencyAmountsTogether() {
        assertThat(ENGLISH.split("Trade grew by 34.4 percent to US$38.5 billion. That is a record."))
                .containsExactly("Trade grew by 34.4 percent to US$38.5 billion.", "That is a record.");
    }

    @Test
    void endsASentenceAtEtcBeforeACapitalisedWord() {
        assertThat(ENGLISH.split("They bought apples, pears etc. Then they went home."))
                .containsExactly("They bought apples, pears etc.", "Then they went home.");
    }

    @Test
    void endsASentenceAtAnAcronymThatEndsInASingleLetterAbbreviation() {
        assertThat(ENGLISH.split("They spoke about NATO. The talks were long."))
                .containsExactly("They spoke about NATO.", "The talks were long.");
    }

    @Test
    void keepsTheSpeechAttributionAfterAnExclamation() {
        assertThat(ENGLISH.split("'Oh dear!' exclaimed Levin. 'I think it is nine years!'"))
                .containsExactly("'Oh dear!' exclaimed Levin.", "'I think it is nine years!'");
    }

    @Test
    void keepsAStrayClosingQuoteAtTheEndOfAParagraphWithItsSentence() {
        assertThat(ENGLISH.split("Nobody knew. 'Is it all arranged? '"))
                .containsExactly("Nobody knew.", "'Is it all arranged? '");
    }

    @Test
    void keepsRussianInitialsWithTheSurname() {
        assertThat(RUSSIAN.split("Вчера В.В. Путин прилетел в Минск. Его встретил А.Г. Лукашенко."))
                .containsExactly("Вчера В.В. Путин прилетел в Минск.", "Его встретил А.Г. Лукашенко.");
    }

    @Test
    void keepsTeTogether() {
        assertThat(RUSSIAN.split("Это союзники, т.е. друзья. Так сказал он."))
                .containsExactly("Это союзники, т.е. друзья.", "Так сказал он.");
    }

    @Test
    void keepsTdTogetherBeforeALowercaseWord() {
        assertThat(RUSSIAN.split("Нефть, газ и т.д. поставляются в срок."))
                .containsExactly("Нефть, газ и т.д. поставляются в срок.");
    }

    @Test
    void endsASentenceAtTdBeforeACapitalisedWord() {
        assertThat(RUSSIAN.split("Нефть, газ и т.д. Потом обсудили оборону."))
                .containsExactly("Нефть, газ и т.д.", "Потом обсудили оборону.");
    }

    @Test
    void keepsTheAbbreviationForCityBeforeItsName() {
        assertThat(RUSSIAN.split("Переговоры прошли в г. Минск. Они длились долго."))
                .containsExactly("Переговоры прошли в г. Минск.", "Они длились долго.");
    }

    @Test
    void keepsTheAbbreviationForYearAfterTheNumber() {
        assertThat(RUSSIAN.split("Товарооборот в 2021 г. вырос на 34,4 процента."))
                .containsExactly("Товарооборот в 2021 г. вырос на 34,4 процента.");
    }

    @Test
    void keepsProfBeforeASurname() {
        assertThat(RUSSIAN.split("Доклад сделал проф. Иванов. Все слушали."))
                .containsExactly("Доклад сделал проф. Иванов.", "Все слушали.");
    }

    @Test
    void endsARussianSentenceAtAVerbEndingLikeAnAbbreviation() {
        assertThat(RUSSIAN.split("Человек этот утонул. Разумеется, это было дурно. Он жил в городе на ул. Ленина."))
                .containsExactly("Человек этот утонул.", "Разумеется, это было дурно.", "Он жил в городе на ул. Ленина.");
    }

    @Test
    void keepsARussianDialogueAttributionAfterAnExclamation() {
        assertThat(RUSSIAN.split("-- Кити! я мучаюсь, -- сказал он. Она молчала."))
                .containsExactly("-- Кити! я мучаюсь, -- сказал он.", "Она молчала.");
    }

    @Test
    void splitsGermanAfterAnAbbreviationOnlyAtTheRealEnd() {
        SentenceSegmenter german = SentenceSegmenter.forLanguage(Locale.GERMAN);
        assertThat(german.split("Das gilt z.B. für Dr. Müller. Er kommt morgen."))
                .containsExactly("Das gilt z.B. für Dr. Müller.", "Er kommt morgen.");
    }

    @Test
    void keepsGermanDottedOrdinalsButNotYearsAtTheEnd() {
        SentenceSegmenter german = SentenceSegmenter.forLanguage(Locale.GERMAN);
        assertThat(german.split("Am Samstag, 10. September, fuhren wir im Wagen 2. Klasse. Das war 1990. Dann kam der Winter."))
                .containsExactly("Am Samstag, 10. September, fuhren wir im Wagen 2. Klasse.", "Das war 1990.", "Dann kam der Winter.");
    }

    @Test
    void splitsEnglishAfterANumberAtTheEnd() {
        assertThat(ENGLISH.split("He finished 2. Then he left.")).containsExactly("He finished 2.", "Then he left.");
    }

    @Test
    void splitsFrenchAfterAnAbbreviationOnlyAtTheRealEnd() {
        SentenceSegmenter french = SentenceSegmenter.forLanguage(Locale.FRENCH);
        assertThat(french.split("M. Dupont est arrivé. Mme. Durand est partie."))
                .containsExactly("M. Dupont est arrivé.", "Mme. Durand est partie.");
    }

    @Test
    void splitsALanguageWithoutAListByIcuRulesAlone() {
        SentenceSegmenter italian = SentenceSegmenter.forLanguage(Locale.ITALIAN);
        assertThat(italian.split("Sono arrivato. Lei è partita?")).containsExactly("Sono arrivato.", "Lei è partita?");
    }

    @Test
    void splitsJapaneseAtTheIdeographicFullStop() {
        SentenceSegmenter japanese = SentenceSegmenter.forLanguage(Locale.JAPANESE);
        assertThat(japanese.split("会談は終わった。大統領は帰国した。")).containsExactly("会談は終わった。", "大統領は帰国した。");
    }

    @Test
    void endsASentenceAtTheOneLetterPronounBeforeACapitalisedOpener() {
        assertThat(ENGLISH.split("She is worse than I. Anyhow, I don't lie!"))
                .containsExactly("She is worse than I.", "Anyhow, I don't lie!");
        assertThat(ENGLISH.split("'You were wrong and so was I. I'll settle it all!'"))
                .containsExactly("'You were wrong and so was I.", "I'll settle it all!'");
    }

    @Test
    void endsASentenceAtAOneLetterGradeOrPlanBeforeACapitalisedOpener() {
        assertThat(ENGLISH.split("Some 63 per cent studying Spanish also achieved an A. This demonstrates the point."))
                .containsExactly("Some 63 per cent studying Spanish also achieved an A.", "This demonstrates the point.");
        assertThat(ENGLISH.split("We have Plan B. Then we go home.")).containsExactly("We have Plan B.", "Then we go home.");
    }

    @Test
    void keepsASingleInitialBeforeASurnameOrAnotherInitial() {
        assertThat(ENGLISH.split("George W. Bush has been picking up the phone. I. M. Pei designed it. J. A. Smith agreed."))
                .containsExactly("George W. Bush has been picking up the phone.", "I. M. Pei designed it.",
                        "J. A. Smith agreed.");
    }

    @Test
    void keepsRussianInitialsBeforeASurnameButNotBeforeAnOpener() {
        assertThat(RUSSIAN.split("Приехал В. Путин. Протестующие собрались у здания в Washington, D.C. В пятницу утром они ушли."))
                .containsExactly("Приехал В. Путин.", "Протестующие собрались у здания в Washington, D.C.",
                        "В пятницу утром они ушли.");
    }

    @Test
    void endsARussianSentenceAtTheYearAbbreviationBeforeAnOpener() {
        assertThat(RUSSIAN.split("Это было в 2021 г. Потом всё изменилось."))
                .containsExactly("Это было в 2021 г.", "Потом всё изменилось.");
        assertThat(RUSSIAN.split("Трансляция начнется в субботу, 29 сентября 2018\u00a0г. Вы можете посмотреть ее онлайн."))
                .containsExactly("Трансляция начнется в субботу, 29 сентября 2018\u00a0г.", "Вы можете посмотреть ее онлайн.");
    }

    @Test
    void keepsTheYearAbbreviationBeforeALowercaseWord() {
        assertThat(RUSSIAN.split("На этом месте 2 октября 1968\u00a0г. во время мирной демонстрации раздались выстрелы."))
                .containsExactly("На этом месте 2 октября 1968\u00a0г. во время мирной демонстрации раздались выстрелы.");
        assertThat(RUSSIAN.split("Это было в 2021 г. в Москве.")).containsExactly("Это было в 2021 г. в Москве.");
    }

    @Test
    void keepsTheYearAbbreviationAfterAShortDatePhraseBeforeAName() {
        assertThat(RUSSIAN.split("В июне 2017 г. Трамп провел теплую встречу с президентом Панамы."))
                .containsExactly("В июне 2017 г. Трамп провел теплую встречу с президентом Панамы.");
        assertThat(RUSSIAN.split("Как сообщалось, с 1 января 2021 г. Президент подписал указ."))
                .containsExactly("Как сообщалось, с 1 января 2021 г. Президент подписал указ.");
    }

    @Test
    void endsTheSentenceAtTheYearAbbreviationAfterALongClauseBeforeAName() {
        assertThat(RUSSIAN.split("Вулкан Руанг является действующим с 1994\u00a0г. Столкновения полиции начались позже."))
                .containsExactly("Вулкан Руанг является действующим с 1994\u00a0г.", "Столкновения полиции начались позже.");
        assertThat(RUSSIAN.split("Цель — стать первыми в инновациях ИИ к 2030 г. «Увеличение бюджета важно»."))
                .containsExactly("Цель — стать первыми в инновациях ИИ к 2030 г.", "«Увеличение бюджета важно».");
    }

    @Test
    void treatsTheCenturyAbbreviationAfterARomanNumeralLikeTheYear() {
        assertThat(RUSSIAN.split("В XIX в. Россия росла. Это случилось в конце XIX в. Потом пришел XX в."))
                .containsExactly("В XIX в. Россия росла.", "Это случилось в конце XIX в.", "Потом пришел XX в.");
        assertThat(RUSSIAN.split("В 1990-х гг. Москва изменилась.")).containsExactly("В 1990-х гг. Москва изменилась.");
    }

    @Test
    void keepsTheCityAbbreviationAndMoneyAfterANumberTogether() {
        assertThat(RUSSIAN.split("Переговоры прошли в г. Минск. Выделено более 37 млрд. долл. США на помощь."))
                .containsExactly("Переговоры прошли в г. Минск.", "Выделено более 37 млрд. долл. США на помощь.");
    }

    @Test
    void endsASentenceAtCentimetresAfterANumberBeforeAnOpener() {
        assertThat(RUSSIAN.split("Местами осадки могут достигать 10\u00a0см. Для других зон прогноз мягче."))
                .containsExactly("Местами осадки могут достигать 10\u00a0см.", "Для других зон прогноз мягче.");
    }

    @Test
    void keepsALowercaseAttributionAfterAnExclamationAndSplitsBeforeACapitalisedNewSentence() {
        assertThat(ENGLISH.split("\"Stop!\" he said. \"Stop!\" He turned away."))
                .containsExactly("\"Stop!\" he said.", "\"Stop!\"", "He turned away.");
    }

    @Test
    void endsASentenceAtATimeBeforeACapitalisedOpener() {
        assertThat(ENGLISH.split("The commission said there had been no reports of irregularities by 1 p.m."
                + " However, turnout stood at only 16 percent."))
                .containsExactly("The commission said there had been no reports of irregularities by 1 p.m.",
                        "However, turnout stood at only 16 percent.");
    }

    @Test
    void keepsATimeBeforeANameTogether() {
        assertThat(ENGLISH.split("Polls close at 8 p.m. Moscow time on Sunday."))
                .containsExactly("Polls close at 8 p.m. Moscow time on Sunday.");
    }

    @Test
    void endsASentenceAtUSBeforeACapitalisedOpenerButNotBeforeATitle() {
        assertThat(ENGLISH.split("Rosa will move toward the West Coast of the U.S. As it approaches, rain"
                + " will fall. The U.S. Rep. Maxine Waters spoke."))
                .containsExactly("Rosa will move toward the West Coast of the U.S.", "As it approaches, rain will fall.",
                        "The U.S. Rep. Maxine Waters spoke.");
    }

    @Test
    void keepsATimeBeforeAnOpenerWithoutTheOpenerRule() {
        SentenceSegmenter withoutOpeners = SentenceSegmenter.forLanguage(Locale.ENGLISH,
                new SegmentationRules(true, true, true, false, true));
        assertThat(withoutOpeners.split("No reports by 1 p.m. However, turnout was low."))
                .containsExactly("No reports by 1 p.m. However, turnout was low.");
    }

    @Test
    void keepsTheOldBehaviourWithoutOpeners() {
        SentenceSegmenter withoutOpeners = SentenceSegmenter.forLanguage(Locale.ENGLISH,
                new SegmentationRules(true, true, true, false, true));
        assertThat(withoutOpeners.split("She is worse than I. Anyhow, I don't lie!"))
                .containsExactly("She is worse than I. Anyhow, I don't lie!");
    }

    @Test
    void endsASentenceBeforeTheNextOneOpeningWithANumber() {
        assertThat(RUSSIAN.split("Шестеро участников акции попали в больницу с легкими ранениями. 1 октября прошлого года"
                + " был проведен референдум. 37-летняя ведущая объявила о своем уходе в Инстаграме."))
                .containsExactly("Шестеро участников акции попали в больницу с легкими ранениями.",
                        "1 октября прошлого года был проведен референдум.",
                        "37-летняя ведущая объявила о своем уходе в Инстаграме.");
        assertThat(ENGLISH.split("It is all each of these players has left now. 18 holes to make a mark."))
                .containsExactly("It is all each of these players has left now.", "18 holes to make a mark.");
    }

    @Test
    void endsASentenceAfterAClosingQuoteBeforeANumber() {
        assertThat(RUSSIAN.split("Она боялась «публичного унижения». 34-летняя женщина говорит, что сейчас пришла в себя."))
                .containsExactly("Она боялась «публичного унижения».", "34-летняя женщина говорит, что сейчас пришла в себя.");
    }

    @Test
    void keepsAnAbbreviationBeforeANumberTogether() {
        assertThat(RUSSIAN.split("Согласно ст. 5 закона и п. 3 приказа, с 1 руб. 50 коп. за штуку, т.д. 5 раз."))
                .containsExactly("Согласно ст. 5 закона и п. 3 приказа, с 1 руб. 50 коп. за штуку, т.д. 5 раз.");
        assertThat(ENGLISH.split("See Fig. 3 and No. 5 on pp. 12 to 14, e.g. 7 cases.")).hasSize(1);
    }

    @Test
    void keepsAGermanStreetAbbreviationBeforeTheHouseNumberInAnyLanguageWithoutTheNumberRule() {
        SentenceSegmenter french = SentenceSegmenter.forLanguage(Locale.FRENCH);
        assertThat(french.split("Administration des annonces Künzler-Bachmann SA , Geltenwilenstr. 8a , 9001 St-Gall ."))
                .containsExactly("Administration des annonces Künzler-Bachmann SA , Geltenwilenstr. 8a , 9001 St-Gall .");
    }

    @Test
    void keepsTheOldBehaviourWithoutNumberOpeners() {
        SentenceSegmenter withoutNumberOpeners = SentenceSegmenter.forLanguage(Locale.forLanguageTag("ru"),
                new SegmentationRules(true, true, true, true, false));
        assertThat(withoutNumberOpeners.split("Они попали в больницу. 1 октября был референдум.")).hasSize(1);
    }

    @Test
    void returnsNoSentenceForAnEmptyParagraph() {
        assertThat(ENGLISH.split("")).isEmpty();
    }

    @Test
    void returnsNoSentenceForAWhitespaceOnlyParagraph() {
        assertThat(ENGLISH.split(" \t \u2003 ")).isEmpty();
    }

    @Test
    void keepsAParagraphWithoutAFinalPeriod() {
        assertThat(ENGLISH.split("  Vladimir Putin  ")).containsExactly("Vladimir Putin");
    }

    @Test
    void rejectsANullParagraph() {
        assertThatThrownBy(() -> ENGLISH.split(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void splitsAOneMegabyteParagraph() {
        String sentence = "The talks in Minsk lasted 3.5 hours, said Mr. Peskov. ";
        String huge = sentence.repeat(1_000_000 / sentence.length() + 1);
        List<String> sentences = ENGLISH.split(huge);
        assertThat(sentences).hasSize(huge.length() / sentence.length()).allMatch(s -> s.equals(sentence.strip()));
    }

    @Test
    void splitsAOneMegabyteParagraphWithoutSpaces() {
        String huge = "x.".repeat(500_000);
        assertThat(String.join("", ENGLISH.split(huge))).isEqualTo(huge);
    }

    @Test
    void splitsAOneMegabyteParagraphOfQuestionMarks() {
        String huge = "? ".repeat(500_000);
        assertThat(ENGLISH.split(huge)).hasSize(1).allMatch(s -> s.length() == huge.length() - 1);
    }

    @Test
    void numbersSentencesAcrossParagraphsWithoutCrossingThem() {
        List<Sentence> sentences = ENGLISH.segment(List.of(new Paragraph(0, "One. Two"), new Paragraph(1, " "),
                new Paragraph(2, "three. Four.")));
        assertThat(sentences).containsExactly(new Sentence(0, 0, "One."), new Sentence(1, 0, "Two"),
                new Sentence(2, 2, "three."), new Sentence(3, 2, "Four."));
    }

    @Test
    void givesTheSameSentencesWhenSharedBetweenThreads() {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            paragraphs.add("Paragraph " + i + " met Mr. Smith. It was No. " + i + ". 'Why?' he asked. Then he left.");
        }
        List<List<String>> sequential = paragraphs.stream().map(ENGLISH::split).toList();
        List<List<String>> parallel = paragraphs.parallelStream().map(ENGLISH::split).toList();
        assertThat(parallel).isEqualTo(sequential);
        assertThat(sequential.get(7)).containsExactly("Paragraph 7 met Mr. Smith.", "It was No. 7.", "'Why?' he asked.",
                "Then he left.");
    }

    @Test
    void losesOnlyWhitespaceBetweenSentencesOfRandomParagraphs() {
        Random random = new Random(20260218);
        String alphabet = "aZ яЖ.!?…'\"«»()-–—:;,0123 \u00a0\t";
        for (int round = 0; round < 2_000; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(80); i > 0; i--) {
                text.append(random.nextInt(4) == 0 ? "Mr. " : random.nextInt(6) == 0 ? "т.д. " : "")
                        .append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            assertRejoins(random.nextBoolean() ? ENGLISH : RUSSIAN, text.toString());
        }
    }

    @Test
    void losesOnlyWhitespaceBetweenSentencesOfTheSeedTranscript() {
        for (String line : seedTranscript()) {
            assertRejoins(ENGLISH, line);
        }
    }

    @Test
    void keepsTheSpeakerLabelWithTheFirstSentenceOfTheSeedTranscript() {
        List<String> sentences = seedTranscript().stream().flatMap(line -> ENGLISH.split(line).stream()).toList();
        assertThat(sentences).contains("President of Russia Vladimir Putin: Mr President, colleagues, ladies and gentlemen,",
                "Despite the coronavirus-related difficulties, trade is growing: it increased by more than a third"
                        + " in 2021, or 34.4 percent, and amounted to a significant amount of US$38.5 billion.",
                "To be continued.");
    }

    private static void assertRejoins(SentenceSegmenter segmenter, String text) {
        List<SentenceSpan> spans = segmenter.spans(text);
        int previousEnd = 0;
        for (SentenceSpan span : spans) {
            assertThat(text.substring(previousEnd, span.start())).as("gap before %s in <%s>", span, text).isBlank();
            assertThat(span.of(text)).isEqualTo(span.of(text).strip()).isNotBlank();
            previousEnd = span.end();
        }
        assertThat(text.substring(previousEnd)).as("tail of <%s>", text).isBlank();
        assertThat(segmenter.split(text)).containsExactlyElementsOf(spans.stream().map(s -> s.of(text)).toList());
    }

    private static List<String> seedTranscript() {
        Optional<Path> shared = SegmentationBenchmark.sharedFolder();
        assumeTrue(shared.isPresent(), "shared folder not found (set -Dsverka.shared): seed transcript test skipped");
        Path seed = shared.get().resolve("seed/kremlin-2022-02-18-news-conference.en.txt");
        assumeTrue(Files.isRegularFile(seed), "seed transcript absent: " + seed);
        try {
            return new ArrayList<>(Files.readAllLines(seed, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("cannot read " + seed, e);
        }
    }
}
