package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** OMISSION, ADDITION, LENGTH_RATIO and NUMBERS on pairs the aligner left unpaired or cut elsewhere than the translator. */
class UnpairedChecksTest {
    private static final CheckContext EN_RU = new CheckContext(Locale.ENGLISH, Locale.forLanguageTag("ru"));

    /** Six ordinary pairs that give the text its length model, then the pairs under test. */
    private static List<CheckedPair> text(CheckedPair... pairs) {
        List<CheckedPair> all = OrdinaryPairs.first(6);
        for (CheckedPair p : pairs) {
            all.add(new CheckedPair(all.size() + 1, p.sourceText(), p.targetText(), p.type(), p.confidence()));
        }
        return all;
    }

    private static final String SPLIT_SOURCE = "Chad Hammel told KSWB-TV in San Diego he had been diving with friends for half an hour"
            + " when he heard the boy screaming and paddled over to pull him out of the water.";
    private static final String SPLIT_FIRST = "Чед Хаммел рассказал телеканалу KSWB-TV из Сан-Диего, что полчаса нырял с друзьями,"
            + " когда услышал крики мальчика.";
    private static final String SPLIT_SECOND = "Они подплыли к нему и вытащили его из воды.";

    @Test
    void aTranslationSplitInTwoWhereTheAlignerDidNotFollowIsInfoOnBothChecks() {
        List<CheckedPair> pairs = text(
                new CheckedPair(0, "", SPLIT_FIRST, "0-1", 0.5),
                new CheckedPair(0, SPLIT_SOURCE, SPLIT_SECOND, "1-1", 0.5));
        List<Finding> findings = Checks.defaults().only(List.of("ADDITION", "LENGTH_RATIO")).run(pairs, EN_RU);
        assertThat(findings).extracting(Finding::checkId, Finding::pairNumber, Finding::severity)
                .containsExactly(tuple("ADDITION", 7, Severity.INFO), tuple("LENGTH_RATIO", 8, Severity.INFO));
        assertThat(findings.get(0).message()).endsWith("possibly translates part of pair 8");
    }

    @Test
    void aSentenceDroppedBetweenFaithfulPairsStaysAnError() {
        List<CheckedPair> pairs = text(
                new CheckedPair(0, "Sainsbury's will test the larger beauty aisles in 11 stores around the country.", "", "1-0", 0.9),
                CheckedPair.of(0, "The company plans to hire new engineers next year.", "В следующем году компания планирует нанять новых инженеров."));
        assertThat(new OmissionCheck().check(pairs, EN_RU)).extracting(Finding::pairNumber, Finding::severity)
                .containsExactly(tuple(7, Severity.ERROR));
    }

    @Test
    void aSentenceWhoseNamesAndNumbersTheNextUnpairedTranslationHasIsInfo() {
        List<CheckedPair> pairs = text(
                new CheckedPair(0, "The city of Palu, which has more than 380,000 people, was strewn with debris.", "", "1-0", 0.5),
                new CheckedPair(0, "", "Город Палу с населением свыше 380 тысяч человек завален обломками.", "0-1", 0.5));
        List<Finding> findings = Checks.defaults().only(List.of("OMISSION", "ADDITION")).run(pairs, EN_RU);
        assertThat(findings).extracting(Finding::severity).containsOnly(Severity.INFO);
        assertThat(findings).extracting(Finding::message).containsExactly(
                "Source text has no translation of its own: possibly translated in pair 8",
                "Translation has no source text of its own: possibly translates part of pair 7");
    }

    @Test
    void aBylineLeftUnpairedIsInfo() {
        List<CheckedPair> pairs = text(new CheckedPair(0, "(AP)", "", "1-0", 0.9));
        assertThat(new OmissionCheck().check(pairs, EN_RU)).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void aShortMergeOfTwoSourceSentencesIsAWarning() {
        List<CheckedPair> pairs = text(new CheckedPair(0, "American passenger Bill Jaynes said the plane came in very low."
                + " \"That's an extremely good thing,\" said Jaynes.", "Американский пассажир Билл Джейнс сказал, что самолёт летел очень низко.", "2-1", 0.8));
        assertThat(new LengthRatioCheck().check(pairs, EN_RU)).extracting(Finding::pairNumber, Finding::severity)
                .containsExactly(tuple(7, Severity.WARNING));
    }

    @Test
    void numbersLostTheOtherWayRoundInTheNeighbouringPairAreInfo() {
        List<CheckedPair> pairs = List.of(
                CheckedPair.of(1, "Three men aged 20 were arrested after a 16-year-old was hurt.", "16-летний подросток получил ранения."),
                new CheckedPair(2, "", "Задержаны трое мужчин в возрасте 20 лет.", "0-1", 0.5));
        assertThat(new NumbersCheck().check(pairs, EN_RU)).singleElement()
                .extracting(Finding::severity, Finding::message)
                .containsExactly(Severity.INFO, "Numbers differ: 20 in the source not found in the translation"
                        + " (found in pair 2: the alignment may be off here)");
    }

    @Test
    void aChangedNumberNextToAnotherPairIsStillAnError() {
        List<CheckedPair> pairs = List.of(
                CheckedPair.of(1, "Twelve people, 12 in all, were hurt.", "Пострадали 13 человек."),
                CheckedPair.of(2, "The road was closed for 3 hours.", "Дорогу закрыли на 3 часа."));
        assertThat(new NumbersCheck().check(pairs, EN_RU)).extracting(Finding::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void pairsFromTheModelCarryTheAlignersConfidenceAndConfirmedOnesAreCertain() {
        org.sverka.model.Bead bead = org.sverka.model.Bead.automatic(0, 1, 0, 0, 0.25);
        assertThat(CheckedPair.from(new org.sverka.model.AlignedPair(1, "It rained.", "", bead)).confidence()).isEqualTo(0.25);
        assertThat(CheckedPair.from(new org.sverka.model.AlignedPair(1, "It rained.", "",
                bead.withStatus(org.sverka.model.Bead.Status.CONFIRMED))).confidence()).isEqualTo(1.0);
        assertThat(CheckedPair.of(1, "It rained.", "").isUnpaired()).isTrue();
    }
}
