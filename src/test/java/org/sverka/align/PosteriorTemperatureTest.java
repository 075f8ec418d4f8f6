package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sverka.model.Sentence;
import org.sverka.transliteration.SpellingSkeleton;

class PosteriorTemperatureTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final List<String> ENGLISH = List.of(
            "Alexander Lukashenko met Vladimir Putin in Sochi.",
            "They talked for 34.4 hours.",
            "NATO was watching.",
            "Nothing was signed.");
    private static final List<String> RUSSIAN = List.of(
            "Александр Лукашенко встретился в Сочи с Владимиром Путиным.",
            "Переговоры длились 34,4 часа.",
            "В НАТО следили.",
            "Ничего не подписали.");
    private static final List<String> FEWER_LINKS_RUSSIAN = List.of(
            "Президент встретился с гостем на юге.",
            "Переговоры длились 34,4 часа.",
            "Соседи следили.",
            "Ничего не подписали.");

    private static List<Sentence> sentences(List<String> texts) {
        List<Sentence> sentences = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            sentences.add(new Sentence(k, 0, texts.get(k)));
        }
        return sentences;
    }

    private static BeadCost cost(List<String> source, List<String> target) {
        TextSide src = new TextSide(sentences(source), EN, 1.0);
        TextSide tgt = new TextSide(sentences(target), RU, 1.0);
        Band band = Band.diagonal(src.size(), tgt.size(), 8);
        WordLinks links = WordLinks.build(src, tgt, new SpellingSkeleton(WordLinks.COGNATES), Set.of());
        return new BeadCost(BeadShape.DEFAULTS, src, tgt, LengthModel.fromTotals(src.totalLength(), tgt.totalLength()),
                new LinkMasks(band, src, tgt, links), new DictionaryEvidence(band, src, tgt, WordLinks.none(src)), 0.5, 0.9,
                new PunctuationCues(sentences(source)), new PunctuationCues(sentences(target)), 0.6, ParagraphCues.none());
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
        BeadCost linked = cost(ENGLISH, RUSSIAN);
        BeadCost fewerLinks = cost(ENGLISH, FEWER_LINKS_RUSSIAN);
        double share = PosteriorTemperature.linkedShare(linked, path(linked, 4, 4));
        double fewerShare = PosteriorTemperature.linkedShare(fewerLinks, path(fewerLinks, 4, 4));

        assertThat(fewerShare).isPositive().isLessThan(share);
        double ratio = PosteriorTemperature.of(1.0, fewerLinks, path(fewerLinks, 4, 4), false)
                / PosteriorTemperature.of(1.0, linked, path(linked, 4, 4), false);
        assertThat(ratio).isCloseTo(share / fewerShare, within(1e-9));
    }

    @Test
    void paragraphCuesRaiseTheTemperatureByAFifth() {
        BeadCost cost = cost(ENGLISH, FEWER_LINKS_RUSSIAN);
        BeadSearch.Path path = path(cost, 4, 4);

        assertThat(PosteriorTemperature.of(1.0, cost, path, true) - PosteriorTemperature.of(1.0, cost, path, false))
                .isCloseTo(0.2, within(1e-9));
    }

    @Test
    void theTemperatureStaysWithinHalfAndThree() {
        BeadCost cost = cost(ENGLISH, RUSSIAN);
        BeadSearch.Path path = path(cost, 4, 4);

        assertThat(PosteriorTemperature.of(0.01, cost, path, false)).isEqualTo(0.5);
        assertThat(PosteriorTemperature.of(100, cost, path, true)).isEqualTo(3.0);
    }

    @Test
    void anEmptyPathGetsTheHighestTemperature() {
        BeadCost cost = cost(ENGLISH, RUSSIAN);
        BeadSearch.Path empty = new BeadSearch.Path(new int[] {0}, new int[] {0}, new int[0]);

        assertThat(PosteriorTemperature.of(1.15, cost, empty, false)).isEqualTo(3.0);
    }

    @Test
    void aBeadWithAnEmptySideHasNoLinkedShare() {
        BeadCost cost = cost(ENGLISH, RUSSIAN);
        int skip = BeadShape.DEFAULTS.indexOf(BeadShape.DEFAULTS.stream()
                .filter(s -> s.sourceCount() == 1 && s.targetCount() == 0).findFirst().orElseThrow());

        assertThat(cost.linkedShare(skip, 0, 0)).isZero();
    }
}
