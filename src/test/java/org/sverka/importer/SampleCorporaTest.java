package org.sverka.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sverka.model.Paragraph;

/** Imports every sample document shipped in {@code corpora/}. */
class SampleCorporaTest {
    private static final Path CORPORA = Path.of("corpora");
    /** Lines per document in NTREX-128's DOCUMENT_IDS.tsv. */
    private static final Map<String, Integer> NTREX_LINES = Map.of("reuters.218865", 27, "reuters.218932", 26);
    private static final DocumentImporter IMPORTER = new DocumentImporter();

    static Stream<Path> ntrexSamples() throws IOException {
        try (Stream<Path> files = Files.walk(CORPORA)) {
            List<Path> samples = files.filter(Files::isRegularFile)
                    .filter(file -> file.getParent().getFileName().toString().startsWith("ntrex-"))
                    .sorted()
                    .toList();
            assertThat(samples).hasSize(8);
            return samples.stream();
        }
    }

    private static String docId(Path sample) {
        return sample.getParent().getFileName().toString().substring("ntrex-".length());
    }

    private static Locale language(Path sample) {
        return sample.getFileName().toString().contains(".ru.") ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
    }

    @ParameterizedTest
    @MethodSource("ntrexSamples")
    void importsOneParagraphPerNtrexLine(Path sample) {
        ImportedDocument document = IMPORTER.read(sample, language(sample));

        assertThat(document.paragraphs()).hasSize(NTREX_LINES.get(docId(sample)));
        assertThat(document.language()).isEqualTo(language(sample));
    }

    @ParameterizedTest
    @MethodSource("ntrexSamples")
    void keepsTheNtrexLinesWordForWord(Path sample) throws IOException {
        Path ntrex = SharedFolder.find().map(shared -> shared.resolve("corpora/ntrex-en-ru")).orElse(Path.of("-"));
        assumeThat(ntrex).as("NTREX-128 is read from the shared folder (../shared/corpora/ntrex-en-ru)").isDirectory();
        String file = language(sample).getLanguage().equals("ru") ? "newstest2019-ref.rus.txt" : "newstest2019-src.eng.txt";
        List<String> expected = NtrexSampleWriter.lines(ntrex, file, docId(sample)).stream()
                .map(ParagraphTextNormaliser::normalise).toList();

        List<String> texts = IMPORTER.read(sample, language(sample)).paragraphs().stream().map(Paragraph::text).toList();

        assertThat(texts).isEqualTo(expected);
    }

    @ParameterizedTest
    @MethodSource("ntrexSamples")
    void rejectsEachSampleImportedAsTheOtherLanguage(Path sample) {
        Locale other = language(sample).equals(Locale.ENGLISH) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;

        assertThatThrownBy(() -> IMPORTER.read(sample, other))
                .isInstanceOf(WrongLanguageException.class)
                .hasMessageStartingWith(sample.getFileName() + " does not look " + other.getDisplayName(Locale.ENGLISH));
    }

    @Test
    void importsTheKremlinTranscriptOneParagraphPerLine() {
        Path transcript = CORPORA.resolve("kremlin-2022-02-18/kremlin-2022-02-18-news-conference.en.txt");

        ImportedDocument document = IMPORTER.read(transcript, Locale.ENGLISH);

        assertThat(document.paragraphs()).hasSize(34);
        assertThat(document.paragraphs().get(0).text()).isEqualTo("Russian-Belarusian talks – Vladimir Putin and "
                + "President Alexander Lukashenko joint news conference (18/02/2022)");
        assertThat(document.paragraphs().get(33).text()).isEqualTo("%d bloggers like this:");
        assertThat(document.encoding()).isEqualTo("UTF-8");
    }
}
