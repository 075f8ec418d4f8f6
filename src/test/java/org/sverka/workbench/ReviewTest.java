package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.AlignedPair;
import org.sverka.review.ReviewStatus;
import org.sverka.review.SearchSide;
import org.sverka.store.FindingRecord;
import org.sverka.store.Store;

class ReviewTest {
    private static final String NAME = QuakeStory.NAME;

    @TempDir
    Path dir;
    private Store store;
    private Workbench workbench;
    private Review review;

    @BeforeEach
    void importTheStory() throws Exception {
        store = Store.open(dir.resolve("db"));
        workbench = new Workbench(store);
        review = new Review(workbench);
        QuakeStory.importWithOneMistake(workbench, dir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsThePairsAroundANumber() {
        assertThat(review.around(NAME, 8, 2)).extracting(AlignedPair::number).containsExactly(6, 7, 8, 9, 10);
        assertThat(review.around(NAME, 1, 2)).extracting(AlignedPair::number).containsExactly(1, 2, 3);
        assertThat(review.around(NAME, 26, 1)).extracting(AlignedPair::number).containsExactly(25, 26);
    }

    @Test
    void refusesToShowAroundAPairThatDoesNotExist() {
        assertThatThrownBy(() -> review.around(NAME, 27, 2))
                .hasMessage("There is no pair 27 in 'quakes': it has 26 pairs (1-26).");
    }

    @Test
    void findsTheNextLowConfidencePair() {
        assertThat(review.nextLowConfidence(NAME, 0, 0.7)).isEqualTo(OptionalInt.of(8));
        assertThat(review.nextLowConfidence(NAME, 0, 0.95)).isEqualTo(OptionalInt.of(7));
        assertThat(review.nextLowConfidence(NAME, 8, 0.95)).isEmpty();
    }

    @Test
    void skipsConfirmedPairsWhenLookingForUnconfirmedOrLowOnes() {
        new Corrections(workbench).confirm(NAME, 1, 8);

        assertThat(review.nextUnconfirmed(NAME, 0)).isEqualTo(OptionalInt.of(9));
        assertThat(review.nextLowConfidence(NAME, 0, 0.95)).isEmpty();
    }

    @Test
    void refusesAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> review.nextLowConfidence(NAME, 0, 1.5))
                .hasMessage("The confidence threshold must be between 0 and 1, not 1.5.");
    }

    @Test
    void findsTheNextPairWithAnOpenFinding() {
        long id = workbench.text(NAME).id();
        store.findings().replace(id, List.of(
                new FindingRecord(4, "NUMBERS", "ERROR", "384 is missing", List.of(), List.of(), "sig-a"),
                new FindingRecord(12, "NUMBERS", "ERROR", "16,000 differs", List.of(), List.of(), "sig-b")));
        store.findings().dismiss(id, "sig-a");

        assertThat(review.nextWithFinding(NAME, 0)).isEqualTo(OptionalInt.of(12));
        assertThat(review.nextWithFinding(NAME, 12)).isEmpty();
    }

    @Test
    void searchIgnoresCaseInCyrillicAndReadsYoAsYe() {
        List<AlignedPair> found = review.search(NAME, "ПАЛУ", false, SearchSide.TARGET);

        assertThat(found).isNotEmpty().allSatisfy(pair -> assertThat(pair.targetText()).contains("Палу"));
        assertThat(review.search(NAME, "палу", false, SearchSide.BOTH)).extracting(AlignedPair::number)
                .containsAll(found.stream().map(AlignedPair::number).toList());
        assertThat(review.search(NAME, "СУЛАВЁСИ", false, SearchSide.TARGET)).isNotEmpty()
                .isEqualTo(review.search(NAME, "Сулавеси", false, SearchSide.TARGET));
    }

    @Test
    void searchTakesARegularExpressionOnOneSide() {
        List<AlignedPair> years = review.search(NAME, "^20\\d\\d:", true, SearchSide.SOURCE);

        assertThat(years).extracting(pair -> pair.sourceText().substring(0, 4))
                .containsExactly("2004", "2005", "2006", "2009", "2010", "2016", "2018");
        assertThat(review.search(NAME, "^20\\d\\d:", true, SearchSide.TARGET)).hasSameSizeAs(years);
    }

    @Test
    void refusesABrokenRegularExpression() {
        assertThatThrownBy(() -> review.search(NAME, "(Палу", true, SearchSide.BOTH))
                .hasMessageStartingWith("\"(Палу\" is not a valid regular expression");
    }

    @Test
    void countsConfirmedAutomaticAndLowConfidencePairs() {
        new Corrections(workbench).detach(NAME, 8, org.sverka.review.Side.SOURCE, 7);
        new Corrections(workbench).confirm(NAME, 1, 3);

        ReviewStatus status = review.status(NAME, 0.95);

        assertThat(status.pairs()).isEqualTo(27);
        assertThat(status.confirmed()).isEqualTo(5);
        assertThat(status.automatic()).isEqualTo(22);
        assertThat(status.lowConfidence()).isEqualTo(1);
        assertThat(status.reviewedSentences()).isEqualTo(3 + 6);
        assertThat(status.percentReviewed()).isEqualTo(100.0 * 9 / 53);
    }
}
