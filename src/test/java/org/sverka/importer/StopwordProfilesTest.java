package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class StopwordProfilesTest {
    private static final StopwordProfiles PROFILES = StopwordProfiles.load();
    private static final Locale RU = Locale.forLanguageTag("ru");
    private static final Locale UK = Locale.forLanguageTag("uk");
    private static final String ENGLISH = "We understand that the President has a very busy schedule right now, in "
            + "connection with the necessary preparations for an important domestic event: the upcoming nationwide "
            + "referendum of the new version of the Belarusian Constitution on February 27. Of course, we wish our "
            + "Belarusian friends success in holding it. Let me note that our talks today were held in a "
            + "constructive, business-like and friendly atmosphere, like we have had for many, many years.";
    private static final String RUSSIAN = "Мы понимаем, что у Президента сейчас очень плотный график в связи с "
            + "подготовкой к важному внутриполитическому событию, которое намечено на 27 февраля: это "
            + "общенациональный референдум по новой редакции Конституции Белоруссии. Конечно, мы желаем нашим "
            + "белорусским друзьям успешно его провести. Хочу отметить, что наши переговоры прошли в "
            + "конструктивной, деловой и дружеской атмосфере, как это было и все предыдущие годы, и было бы "
            + "странно, если бы это было не так, потому что они только укрепляют наши связи.";

    @Test
    void findsNothingAgainstTextInTheExpectedLanguage() {
        assertThat(PROFILES.dominantOtherLanguage(ENGLISH, Locale.ENGLISH)).isEmpty();
        assertThat(PROFILES.dominantOtherLanguage(RUSSIAN, RU)).isEmpty();
    }

    @Test
    void recognisesEnglishExpectedToBeGerman() {
        assertThat(PROFILES.dominantOtherLanguage(ENGLISH, Locale.GERMAN))
                .hasValueSatisfying(verdict -> assertThat(verdict.language()).isEqualTo("en"));
    }

    @Test
    void recognisesRussianExpectedToBeUkrainian() {
        assertThat(PROFILES.dominantOtherLanguage(RUSSIAN, UK))
                .hasValueSatisfying(verdict -> assertThat(verdict.language()).isEqualTo("ru"));
    }

    @Test
    void doesNotJudgeTextsShorterThanTheMinimumOfWords() {
        String short49 = String.join(" ", java.util.Collections.nCopies(49, "the"));

        assertThat(PROFILES.dominantOtherLanguage(short49, Locale.GERMAN)).isEmpty();
        assertThat(PROFILES.dominantOtherLanguage(short49 + " the", Locale.GERMAN)).isPresent();
    }

    @Test
    void doesNotJudgeLanguagesWithoutAList() {
        assertThat(PROFILES.dominantOtherLanguage(ENGLISH, Locale.forLanguageTag("sv"))).isEmpty();
    }

    @Test
    void neverRejectsAnNtrexDocumentInItsOwnLanguage() throws IOException {
        Map<String, String[]> documents = ntrexDocuments();

        assertThat(documents).hasSize(123);
        assertThat(documents.values()).allSatisfy(pair -> {
            assertThat(PROFILES.dominantOtherLanguage(pair[0], Locale.ENGLISH)).isEmpty();
            assertThat(PROFILES.dominantOtherLanguage(pair[1], RU)).isEmpty();
        });
    }

    @Test
    void tellsEveryTextBergFileFromTheOtherLanguage() throws IOException {
        Path textBerg = shared().resolve("corpora/text-berg-de-fr");
        assumeThat(textBerg).as("Text+Berg is read from the shared folder").isDirectory();
        for (String side : List.of("de", "fr")) {
            Locale own = Locale.forLanguageTag(side);
            Locale other = Locale.forLanguageTag(side.equals("de") ? "fr" : "de");
            try (Stream<Path> files = Files.list(textBerg.resolve(side))) {
                for (Path file : files.toList()) {
                    String text = Files.readString(file, StandardCharsets.UTF_8);
                    assertThat(PROFILES.dominantOtherLanguage(text, own)).as(file.toString()).isEmpty();
                    assertThat(PROFILES.dominantOtherLanguage(text, other)).as(file.toString())
                            .hasValueSatisfying(verdict -> assertThat(verdict.language()).isEqualTo(side));
                }
            }
        }
    }

    private static Path shared() {
        return SharedFolder.find().orElse(Path.of("-"));
    }

    /** NTREX documents by id: English text, Russian text. */
    private static Map<String, String[]> ntrexDocuments() throws IOException {
        Path ntrex = shared().resolve("corpora/ntrex-en-ru");
        assumeThat(ntrex).as("NTREX-128 is read from the shared folder").isDirectory();
        List<String> ids = Files.readAllLines(ntrex.resolve("DOCUMENT_IDS.tsv"));
        List<String> english = Files.readAllLines(ntrex.resolve("newstest2019-src.eng.txt"));
        List<String> russian = Files.readAllLines(ntrex.resolve("newstest2019-ref.rus.txt"));
        Map<String, String[]> documents = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            String[] pair = documents.computeIfAbsent(ids.get(i), id -> new String[] {"", ""});
            pair[0] += english.get(i) + "\n";
            pair[1] += russian.get(i) + "\n";
        }
        return documents;
    }
}
