package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.transliteration.SpellingSkeleton;

class PosteriorTemperatureTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final List<String> FEWER_LINKS_RUSSIAN = List.of(
            "Президент встретился с гостем на юге.",
            "Переговоры длились 34,4 часа.",
            "Соседи следили.",
            "Ничего не подписали.");

    private static BeadCost cost(List<String> source, List<String> target) {
        TextSide src = new TextSide(SochiMeeting.sentences(source), EN, 1.0);
        TextSide tgt = new TextSide(SochiMeeting.sentences(target), RU, 1.0);
        Band band = Band.diagonal(src.size(), tgt.size(), 8);
        WordLinks links = WordLinks.build(src, tgt, new SpellingSkeleton(WordLinks.COGNATES), Set.of());
        return new BeadCost(BeadShape.DEFAULTS, src, tgt, LengthModel.fromTotals(src.totalLength(), tgt.totalLength()),
                new LinkMasks(band, src, tgt, links), new DictionaryEvidence(band, src, tgt, WordLinks.none(src)), 0.5, 0.9,
                new PunctuationCues(SochiMeeting.sentences(source)), new PunctuationCues(SochiMeeting.sentences(target)), 0.6, ParagraphCues.none());
    }

    private static BeadSearch.Path path(BeadCost cost, int n, int m) {
        return BeadSearch.bestPath(Band.diagonal(n, m, 8), cost);
    }

    @Test
    void aPathWhoseBeadsLinkNoWordAcrossGetsTheHighestTemperature() {
        BeadCost cost = cost(List.of("Nothing was signed.", "They left."), List.of("Ничего не подписали.", "Они ушли."));
        BeadSearch.Path path = path(cost, 2, 2);

        assertThat(PosteriorTemperature.linkedShare(cost, path)).isZero();
        assertThat(PosteriorTemperature.of(1.15, cost, path, false)).isEqualTo(3.0);
    }

    @Test
    void theTemperatureIsInverselyProportionalToTheShareOfLinkedWords() {
        BeadCost linked = cost(SochiMeeting.ENGLISH, SochiMeeting.RUSSIAN);
        BeadCost fewerLinks = cost(SochiMeeting.ENGLISH, FEWER_LINKS_RUSSIAN);
        double share = PosteriorTemperature.linkedShare(linked, path(linked, 4, 4));
        double fewerShare = PosteriorTemperature.linkedShare(fewerLinks, path(fewerLinks, 4, 4));

        assertThat(fewerShare).isPositive().isLessThan(share);
        double ratio = PosteriorTemperature.of(1.0, fewerLinks, path(fewerLinks, 4, 4), false)
                / PosteriorTemperature.of(1.0, linked, path(linked, 4, 4), false);
        assertThat(ratio).isCloseTo(share / fewerShare, within(1e-9));
    }

    @Test
    void paragraphCuesRaiseTheTemperatureByAFifth() {
        BeadCost cost = cost(SochiMeeting.ENGLISH, FEWER_LINKS_RUSSIAN);
        BeadSearch.Path path = path(cost, 4, 4);

        assertThat(PosteriorTemperature.of(1.0, cost, path, true) - PosteriorTemperature.of(1.0, cost, path, false))
                .isCloseTo(0.2, within(1e-9));
    }

    @Test
    void theTemperatureStaysWithinHalfAndThree() {
        BeadCost cost = cost(SochiMeeting.ENGLISH, SochiMeeting.RUSSIAN);
        BeadSearch.Path path = path(cost, 4, 4);

        assertThat(PosteriorTemperature.of(0.01, cost, path, false)).isEqualTo(0.5);
        assertThat(PosteriorTemperature.of(100, cost, path, true)).isEqualTo(3.0);
    }

    @Test
    void anEmptyPathGetsTheHighestTemperature() {
        BeadCost cost = cost(SochiMeeting.ENGLISH, SochiMeeting.RUSSIAN);
        BeadSearch.Path empty = new BeadSearch.Path(new int[] {0}, new int[] {0}, new int[0]);

        assertThat(PosteriorTemperature.of(1.15, cost, empty, false)).isEqualTo(3.0);
    }

    @Test
    void aBeadWithAnEmptySideHasNoLinkedShare() {
        BeadCost cost = cost(SochiMeeting.ENGLISH, SochiMeeting.RUSSIAN);
        int skip = BeadShape.DEFAULTS.indexOf(BeadShape.DEFAULTS.stream()
                .filter(s -> s.sourceCount() == 1 && s.targetCount() == 0).findFirst().orElseThrow());

        assertThat(cost.linkedShare(skip, 0, 0)).isZero();
    }
}
