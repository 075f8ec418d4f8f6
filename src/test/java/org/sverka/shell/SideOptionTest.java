package org.sverka.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sverka.SverkaException;
import org.sverka.review.SearchSide;
import org.sverka.review.Side;
import org.sverka.store.TextInfo;

class SideOptionTest {
    private static final TextInfo PALU = new TextInfo(1, "Palu quake", Locale.ENGLISH, Locale.forLanguageTag("ru"),
            "palu.en.txt", "palu.ru.txt", 27, 27, 27, Instant.EPOCH);

    @Test
    void aSideIsNamedByItsRoleOrItsLanguage() {
        assertThat(SideOption.parse("source", PALU)).isEqualTo(Side.SOURCE);
        assertThat(SideOption.parse(" RU ", PALU)).isEqualTo(Side.TARGET);
        assertThat(SideOption.parseSearch("both", PALU)).isEqualTo(SearchSide.BOTH);
    }

    @Test
    void anUnknownSideForACommandOfOneSideDoesNotOfferBoth() {
        assertThatThrownBy(() -> SideOption.parse("sideways", PALU)).isInstanceOf(SverkaException.class)
                .hasMessage("Unknown --side 'sideways' for 'Palu quake': use source (en) or target (ru).");
    }

    @Test
    void bothIsRefusedWhereOnlyOneSideIsTaken() {
        assertThatThrownBy(() -> SideOption.parse("both", PALU))
                .hasMessage("Unknown --side 'both' for 'Palu quake': use source (en) or target (ru).");
    }

    @Test
    void anUnknownSideForASearchOffersBoth() {
        assertThatThrownBy(() -> SideOption.parseSearch("sideways", PALU))
                .hasMessage("Unknown --side 'sideways' for 'Palu quake': use source (en) or target (ru) or both.");
    }
}
