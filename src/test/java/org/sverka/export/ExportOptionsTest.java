package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.sverka.model.AlignedPair;

class ExportOptionsTest {

    private static final AlignedPair SURE = Pairs.oneToOne(1, "One.", "Один.", 0.9);
    private static final AlignedPair DOUBTFUL = Pairs.oneToOne(2, "Two.", "Два.", 0.3);
    private static final AlignedPair CONFIRMED_DOUBTFUL = Pairs.confirmed(3, "Three.", "Три.", 0.1);
    private static final AlignedPair SOURCE_ONLY = Pairs.sourceOnly(4, "Four.");
    private static final AlignedPair TARGET_ONLY = Pairs.targetOnly(5, "Пять.");

    @Test
    void defaultsKeepAllPairedSentences() {
        ExportOptions options = new ExportOptions();

        assertThat(options).isEqualTo(ExportOptions.defaults());
        assertThat(options.selection()).isEqualTo(ExportOptions.Selection.ALL);
        assertThat(options.accepts(SURE)).isTrue();
        assertThat(options.accepts(DOUBTFUL)).isTrue();
        assertThat(options.accepts(SOURCE_ONLY)).isFalse();
        assertThat(options.accepts(TARGET_ONLY)).isFalse();
    }

    @Test
    void keepsUnpairedSentencesOnRequest() {
        ExportOptions options = ExportOptions.defaults().withUnpaired(true);

        assertThat(options.accepts(SOURCE_ONLY)).isTrue();
        assertThat(options.accepts(TARGET_ONLY)).isTrue();
    }

    @Test
    void confirmedOnlyKeepsWhatAPersonConfirmed() {
        ExportOptions options = ExportOptions.confirmedOnly();

        assertThat(options.accepts(SURE)).isFalse();
        assertThat(options.accepts(CONFIRMED_DOUBTFUL)).isTrue();
    }

    @Test
    void minConfidenceKeepsPairsAtTheThresholdAndConfirmedOnes() {
        ExportOptions options = ExportOptions.minConfidence(0.9);

        assertThat(options.accepts(SURE)).isTrue();
        assertThat(options.accepts(DOUBTFUL)).isFalse();
        assertThat(options.accepts(CONFIRMED_DOUBTFUL)).isTrue();
    }

    @Test
    void unpairedStayOutUnderAThresholdUnlessAsked() {
        assertThat(ExportOptions.minConfidence(0.0).accepts(SOURCE_ONLY)).isFalse();
        assertThat(ExportOptions.minConfidence(0.0).withUnpaired(true).accepts(SOURCE_ONLY)).isTrue();
    }

    @Test
    void rejectsAThresholdOutsideZeroToOne() {
        assertThatThrownBy(() -> ExportOptions.minConfidence(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> ExportOptions.minConfidence(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
