package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextParagraphsTest {
    private static final String WRAPPED = """
            We understand that the President has a very busy schedule right now, in
            connection with the necessary preparations for an important domestic
            event: the upcoming nationwide referendum of the new version of the
            Belarusian Constitution on February 27.
            """;

    @Test
    void givesOneParagraphPerLineWhenLinesAreSentences() {
        String text = "Earthquakes and tsunamis in Indonesia\n"
                + "In Palu, more than 16,000 people were evacuated after the disaster struck.\n"
                + "Here are some key facts about Palu and Donggala, on the island of Sulawesi:\n"
                + "More than 1,100 people were killed.\n";

        assertThat(PlainTextParagraphs.split(text)).containsExactly("Earthquakes and tsunamis in Indonesia",
                "In Palu, more than 16,000 people were evacuated after the disaster struck.",
                "Here are some key facts about Palu and Donggala, on the island of Sulawesi:",
                "More than 1,100 people were killed.");
    }

    @Test
    void separatesParagraphsAtBlankLines() {
        String text = "To be continued.\r\n\r\n \t\r\n%d bloggers like this:\r\n";

        assertThat(PlainTextParagraphs.split(text)).containsExactly("To be continued.", "%d bloggers like this:");
    }

    @Test
    void joinsTheLinesOfAHardWrappedParagraph() {
        assertThat(PlainTextParagraphs.split(WRAPPED + "\n" + WRAPPED)).containsExactly(
                "We understand that the President has a very busy schedule right now, in connection with the necessary "
                        + "preparations for an important domestic event: the upcoming nationwide referendum of the new "
                        + "version of the Belarusian Constitution on February 27.",
                "We understand that the President has a very busy schedule right now, in connection with the necessary "
                        + "preparations for an important domestic event: the upcoming nationwide referendum of the new "
                        + "version of the Belarusian Constitution on February 27.");
    }

    @Test
    void keepsShortUnpunctuatedListLinesApart() {
        assertThat(PlainTextParagraphs.split("Minsk\nDonetsk\nLugansk\n")).containsExactly("Minsk", "Donetsk", "Lugansk");
    }

    @Test
    void acceptsOldMacLineEnds() {
        assertThat(PlainTextParagraphs.split("First line.\rSecond line.")).containsExactly("First line.", "Second line.");
    }

    @Test
    void givesNothingForEmptyOrBlankText() {
        assertThat(PlainTextParagraphs.split("")).isEmpty();
        assertThat(PlainTextParagraphs.split("\n \n\u00A0\n")).isEmpty();
    }
}
