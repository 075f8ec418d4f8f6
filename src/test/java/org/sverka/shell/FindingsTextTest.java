package org.sverka.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.sverka.store.FindingRecord;
import org.sverka.store.FindingRecord.Range;
import org.sverka.store.TextInfo;
import org.sverka.workbench.CheckOutcome;
import org.sverka.workbench.ListedFinding;

class FindingsTextTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final String EN_TEXT = "At least 384 people have been killed by a powerful earthquake and tsunami.";
    private static final String RU_TEXT = "По меньшей мере 348 человек погибли в результате мощного землетрясения и цунами.";
    private static final FindingRecord NUMBER = new FindingRecord(2, "NUMBERS", "ERROR", "Numbers differ: 384 vs 348",
            List.of(new Range(9, 12)), List.of(new Range(16, 19)), "a1b2c3d4");
    private static final FindingRecord NAME = new FindingRecord(5, "NAMES", "WARNING", "Names differ: Java vs Явы",
            List.of(), List.of(), "e5f6a7b8");
    private static final TextInfo PALU = new TextInfo(1, "Palu quake", Locale.ENGLISH, RU, "palu.en.txt", "palu.ru.txt",
            27, 27, 27, Instant.EPOCH);

    private final FindingsText plain = new FindingsText(new SeverityColours(false), 100);

    @Test
    void theSummaryCountsOpenFindingsPerSeverityAndCheck() {
        String summary = plain.summary(new CheckOutcome(PALU, 27, List.of("NUMBERS", "NAMES"), List.of(NUMBER, NAME), 1, 0));

        assertThat(summary).contains("Checked 'Palu quake': 27 pairs, 2 checks.",
                "  ERROR       1  NUMBERS 1", "  WARNING     1  NAMES 1", "  INFO        0",
                "2 open findings. List them: findings \"Palu quake\"", "1 dismissed earlier and still hidden");
    }

    @Test
    void aCleanRunSaysSo() {
        assertThat(plain.summary(new CheckOutcome(PALU, 27, List.of("NUMBERS"), List.of(), 0, 0)))
                .contains("No open findings.").doesNotContain("dismissed", "Kept");
    }

    @Test
    void aRunOfSomeChecksNamesThemAndPointsToTheFindingsKeptFromTheOthers() {
        String summary = plain.summary(new CheckOutcome(PALU, 27, List.of("NUMBERS", "DATES"), List.of(), 0, 3));

        assertThat(summary.lines()).endsWith("No open findings from NUMBERS, DATES.",
                "3 findings of the other checks, kept from the last run: findings \"Palu quake\"");
        assertThat(summary).doesNotContain("No open findings.");
    }

    @Test
    void oneFindingKeptFromAnotherCheckIsCountedInTheSingular() {
        String summary = plain.summary(new CheckOutcome(PALU, 27, List.of("NUMBERS"), List.of(NUMBER), 0, 1));

        assertThat(summary).contains("1 open finding from NUMBERS. List them: findings \"Palu quake\"",
                "1 finding of the other checks, kept from the last run");
    }

    @Test
    void findingsAreListedUnderTheirSeverityWithBothSidesMarked() {
        String list = plain.list(List.of(
                new ListedFinding(1, NUMBER, EN_TEXT, RU_TEXT, false, true),
                new ListedFinding(2, NAME, "Java.", "Явы.", true, false)), Locale.ENGLISH, RU);

        assertThat(list.lines()).containsExactly(
                "ERROR (1)",
                "    1  pair 2     NUMBERS          Numbers differ: 384 vs 348",
                "       en: At least [384] people have been killed by a powerful earthquake and tsunami.",
                "       ru: По меньшей мере [348] человек погибли в результате мощного землетрясения и цунами.",
                "WARNING (1)",
                "    2  pair 5     NAMES            Names differ: Java vs Явы  [dismissed]"
                        + "  (the pair changed since the check ran: run check again)",
                "       en: Java.",
                "       ru: Явы.");
    }

    @Test
    void aLongTextIsCutAroundTheMarkedSpan() {
        String text = "word ".repeat(40) + "384" + " word".repeat(40);

        String excerpt = plain.excerpt(text, List.of(new Range(200, 203)), 50);

        assertThat(excerpt).startsWith("…").endsWith("…").contains("[384]");
        assertThat(excerpt.length()).isLessThan(60);
    }

    @Test
    void anEmptySideIsShownAsNothing() {
        assertThat(plain.excerpt("", List.of(), 50)).isEqualTo("(nothing)");
    }

    @Test
    void colourWrapsSeveritiesInAnsiCodesOnlyWhenEnabled() {
        assertThat(new SeverityColours(true).paint(org.sverka.check.Severity.ERROR, "ERROR")).contains("\u001B[").contains("ERROR");
        assertThat(new SeverityColours(false).paint(org.sverka.check.Severity.ERROR, "ERROR")).isEqualTo("ERROR");
    }
}
