package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class FindingTest {
    private static Finding finding(int number, String source, String target, Span targetSpan) {
        return Finding.of("NUMBERS", Severity.ERROR, CheckedPair.of(number, source, target), "Numbers differ",
                List.of(), List.of(targetSpan));
    }

    @Test
    void signatureSurvivesRenumberingOfThePair() {
        assertThat(finding(3, "5 cats", "6 кошек", new Span(0, 1)).signature())
                .isEqualTo(finding(40, "5 cats", "6 кошек", new Span(0, 1)).signature());
    }

    @Test
    void signatureChangesWhenThePairTextChanges() {
        assertThat(finding(3, "5 cats", "6 кошек", new Span(0, 1)).signature())
                .isNotEqualTo(finding(3, "5 cats", "7 кошек", new Span(0, 1)).signature());
    }

    @Test
    void signatureChangesWithTheSpannedText() {
        assertThat(finding(3, "5 cats", "6 кошек", new Span(0, 1)).signature())
                .isNotEqualTo(finding(3, "5 cats", "6 кошек", new Span(2, 7)).signature());
    }
}
