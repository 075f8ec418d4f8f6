package org.sverka.shell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewCommandsTest {

    @Test
    void nothingFoundFromTheTopSaysWhatWasSought() {
        assertThat(ReviewCommands.nothingFound("No pair with confidence below 0.5", "macedonia", 0, "--low 0.5"))
                .isEqualTo("No pair with confidence below 0.5 in 'macedonia'.");
    }

    @Test
    void nothingFoundAfterAPairOffersToStartFromTheTop() {
        assertThat(ReviewCommands.nothingFound("No unconfirmed pair", "Palu quake", 6, "--unconfirmed"))
                .isEqualTo("No unconfirmed pair after pair 6 in 'Palu quake'. From the top: next \"Palu quake\" --unconfirmed");
    }
}
