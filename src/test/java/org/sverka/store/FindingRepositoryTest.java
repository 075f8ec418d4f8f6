package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.sverka.store.SampleDocuments.english;
import static org.sverka.store.SampleDocuments.russian;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.FindingRecord.Range;

class FindingRepositoryTest {
    private static final FindingRecord MISSING_NUMBER = new FindingRecord(2, "NUMBERS", "ERROR",
            "The number 1945 is missing from the translation.", List.of(new Range(10, 14)), List.of(), "sig-numbers");
    private static final FindingRecord LENGTH = new FindingRecord(1, "TRANSLATION_LENGTH", "WARNING",
            "The translation is 3 times longer than the source.", List.of(new Range(0, 5), new Range(7, 9)),
            List.of(new Range(0, 40)), "sig-length");

    private final Store store = Store.inMemory();
    private final FindingRepository findings = store.findings();
    private final long talks = store.texts().create("talks", english(), russian()).id();

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void readsBackFindingsOrderedByPairNumber() {
        findings.replace(talks, List.of(MISSING_NUMBER, LENGTH));

        assertThat(findings.all(talks)).containsExactly(LENGTH, MISSING_NUMBER);
        assertThat(findings.open(talks)).containsExactly(LENGTH, MISSING_NUMBER);
    }

    @Test
    void aNewRunReplacesTheFindingsOfTheLastOne() {
        findings.replace(talks, List.of(MISSING_NUMBER, LENGTH));

        findings.replace(talks, List.of(LENGTH));

        assertThat(findings.all(talks)).containsExactly(LENGTH);
    }

    @Test
    void aDismissedFindingStaysHiddenInLaterRuns() {
        findings.replace(talks, List.of(MISSING_NUMBER, LENGTH));

        assertThat(findings.dismiss(talks, "sig-numbers")).isTrue();
        findings.replace(talks, List.of(MISSING_NUMBER, LENGTH));

        assertThat(findings.open(talks)).containsExactly(LENGTH);
        assertThat(findings.all(talks)).containsExactly(LENGTH, MISSING_NUMBER);
        assertThat(findings.dismissed(talks)).containsExactly("sig-numbers");
    }

    @Test
    void dismissingTwiceReportsFalseTheSecondTime() {
        assertThat(findings.dismiss(talks, "sig-numbers")).isTrue();
        assertThat(findings.dismiss(talks, "sig-numbers")).isFalse();
    }

    @Test
    void aRestoredFindingShowsAgain() {
        findings.replace(talks, List.of(MISSING_NUMBER));
        findings.dismiss(talks, "sig-numbers");

        assertThat(findings.restore(talks, "sig-numbers")).isTrue();
        assertThat(findings.restore(talks, "sig-numbers")).isFalse();
        assertThat(findings.open(talks)).containsExactly(MISSING_NUMBER);
    }

    @Test
    void dismissalsBelongToOneText() {
        long other = store.texts().create("other", english(), russian()).id();
        findings.replace(talks, List.of(MISSING_NUMBER));
        findings.replace(other, List.of(MISSING_NUMBER));

        findings.dismiss(talks, "sig-numbers");

        assertThat(findings.open(talks)).isEmpty();
        assertThat(findings.open(other)).containsExactly(MISSING_NUMBER);
    }

    @Test
    void aTextWithoutCheckRunsHasNoFindings() {
        assertThat(findings.all(talks)).isEmpty();
        assertThat(findings.dismissed(talks)).isEmpty();
    }

    @Test
    void findingsOfAnUnknownTextAreRefused() {
        assertThatThrownBy(() -> findings.replace(77, List.of(LENGTH))).isInstanceOf(UnknownTextException.class);
        assertThatThrownBy(() -> findings.dismiss(77, "x")).isInstanceOf(UnknownTextException.class);
        assertThatThrownBy(() -> findings.open(77)).isInstanceOf(UnknownTextException.class);
    }

    @Test
    void dismissalsSurviveReopeningTheDatabase(@TempDir Path folder) {
        Path base = folder.resolve("sverka");
        long id;
        try (Store file = Store.open(base)) {
            id = file.texts().create("talks", english(), russian()).id();
            file.findings().replace(id, List.of(MISSING_NUMBER, LENGTH));
            file.findings().dismiss(id, "sig-length");
        }

        try (Store file = Store.open(base)) {
            assertThat(file.findings().open(id)).containsExactly(MISSING_NUMBER);
        }
    }

    @Test
    void rangesRoundTripThroughTheirColumnText() {
        List<Range> ranges = List.of(new Range(0, 0), new Range(3, 17), new Range(120, 240));

        assertThat(RangeText.parse(RangeText.format(ranges))).isEqualTo(ranges);
        assertThat(RangeText.format(ranges)).isEqualTo("0-0;3-17;120-240");
        assertThat(RangeText.parse(RangeText.format(List.of()))).isEmpty();
    }
}
