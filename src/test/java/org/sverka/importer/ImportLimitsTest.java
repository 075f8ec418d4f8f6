package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImportLimitsTest {
    @Test
    void defaultsTo200MegabytesAnd50MillionCharacters() {
        assertThat(new ImportLimits()).isEqualTo(new ImportLimits(200L * 1024 * 1024, 50_000_000));
    }

    @Test
    void rejectsLimitsThatAllowNothing() {
        assertThatThrownBy(() -> new ImportLimits(0, 10)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxFileBytes must be > 0: 0");
        assertThatThrownBy(() -> new ImportLimits(10, -1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxChars must be > 0: -1");
    }
}
