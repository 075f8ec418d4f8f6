package org.sverka.tmx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;

class TmxReaderTest {

    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    @TempDir
    Path dir;

    private Path file(String xml) throws IOException {
        Path file = dir.resolve("in.tmx");
        Files.writeString(file, xml, StandardCharsets.UTF_8);
        return file;
    }

    private static String tmx(String header, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n" + header + "\n<body>\n" + body
                + "\n</body>\n</tmx>\n";
    }

    private static final String HEADER = "<header creationtool=\"Trados\" creationtoolversion=\"9\" segtype=\"sentence\" "
            + "o-tmf=\"x\" adminlang=\"en\" srclang=\"en-US\" datatype=\"plaintext\"/>";

    private static String unit(String... langAndText) {
        StringBuilder tu = new StringBuilder("<tu>");
        for (int i = 0; i < langAndText.length; i += 2) {
            tu.append("<tuv xml:lang=\"").append(langAndText[i]).append("\"><seg>").append(langAndText[i + 1])
                    .append("</seg></tuv>");
        }
        return tu.append("</tu>\n").toString();
    }

    private TmxDocument read(String xml) throws IOException {
        return new TmxReader().read(file(xml), EN, RU);
    }

    @Test
    void readsSourceTargetAndPropsOfEachUnit() throws IOException {
        TmxDocument document = read(tmx(HEADER, "<tu tuid=\"1\"><prop type=\"x-confidence\">0.93</prop>"
                + "<prop type=\"x-status\">confirmed</prop><note>checked</note>"
                + "<tuv xml:lang=\"en\"><seg>The train stopped.</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Поезд остановился.</seg></tuv></tu>"));

        assertThat(document.units()).containsExactly(new TmxUnit("The train stopped.", "Поезд остановился.",
                Map.of("x-confidence", "0.93", "x-status", "confirmed")));
        assertThat(document.units().get(0).props().keySet()).containsExactly("x-confidence", "x-status");
        assertThat(document.warnings()).isEmpty();
        assertThat(document.sourceLanguage()).isEqualTo(EN);
        assertThat(document.targetLanguage()).isEqualTo(RU);
    }

    @Test
    void matchesLanguageCodesByTheirPrimaryLanguage() throws IOException {
        TmxDocument document = read(tmx(HEADER, unit("EN", "One.", "ru-RU", "Один.")
                + unit("en-US", "Two.", "RU", "Два.") + unit("en_GB", "Three.", "ru_RU", "Три.")));

        assertThat(document.units()).extracting(TmxUnit::sourceText, TmxUnit::targetText).containsExactly(
                org.assertj.core.groups.Tuple.tuple("One.", "Один."),
                org.assertj.core.groups.Tuple.tuple("Two.", "Два."),
                org.assertj.core.groups.Tuple.tuple("Three.", "Три."));
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void readsTheDeprecatedLangAttributeAndIgnoresOtherLanguages() throws IOException {
        TmxDocument document = read(tmx(HEADER, "<tu><tuv lang=\"EN-US\"><seg>One.</seg></tuv>"
                + "<tuv xml:lang=\"de\"><seg>Eins.</seg></tuv><tuv lang=\"RU\"><seg>Один.</seg></tuv></tu>"));

        assertThat(document.units()).extracting(TmxUnit::targetText).containsExactly("Один.");
    }

    @Test
    void keepsTheFirstOfSeveralTargetVariantsAndWarns() throws IOException {
        TmxDocument document = read(tmx(HEADER, unit("en", "Go.", "ru", "Иди.", "ru", "Идите.")
                + unit("en", "Stop.", "ru", "Стой.", "ru-RU", "Стойте.")));

        assertThat(document.units()).extracting(TmxUnit::targetText).containsExactly("Иди.", "Стой.");
        assertThat(document.warnings()).containsExactly(
                "units with several ru variants: the first kept: 2 (first at line 5)");
    }

    @Test
    void skipsUnitsLackingOneSideOrWithAnEmptySegmentAndCountsThem() throws IOException {
        TmxDocument document = read(tmx(HEADER, unit("en", "Only English.") + unit("ru", "Только русский.")
                + unit("en", "Fine.", "ru", "Хорошо.") + unit("en", "Empty target.", "ru", "  ")
                + unit("en", "", "ru", "Пустой источник.")));

        assertThat(document.units()).extracting(TmxUnit::sourceText).containsExactly("Fine.");
        assertThat(document.warnings()).containsExactly(
                "units without a en variant skipped: 2 (first at line 6)",
                "units without a ru variant skipped: 2 (first at line 5)");
    }

    @Test
    void dropsInlineCodesAndKeepsHighlightedText() throws IOException {
        String seg = "Press <bpt i=\"1\" x=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> now"
                + "<ph x=\"2\">&lt;br/&gt;</ph>, <hi type=\"term\">then <hi>exit</hi></hi>"
                + "<it pos=\"begin\">{\\i </it>.<ut>{\\b}</ut>"
                + "<ph>&lt;img alt=\"<sub>A cat</sub>\"&gt;</ph>";
        TmxDocument document = read(tmx(HEADER, unit("en", seg, "ru", "Нажмите <bpt i=\"1\">[b]</bpt>Сохранить<ept i=\"1\">[/b]</ept>")));

        assertThat(document.units()).singleElement().satisfies(unit -> {
            assertThat(unit.sourceText()).isEqualTo("Press Save now, then exit.");
            assertThat(unit.targetText()).isEqualTo("Нажмите Сохранить");
        });
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void unwrapsUnknownMarkupInsideASegmentAndWarns() throws IOException {
        TmxDocument document = read(tmx(HEADER, unit("en", "A <g id=\"1\">bold</g> word<x id=\"2\"/>.", "ru", "Слово.")));

        assertThat(document.units()).extracting(TmxUnit::sourceText).containsExactly("A bold word.");
        assertThat(document.warnings()).containsExactly(
                "unknown elements inside <seg> (first <g>): their text kept: 2 (first at line 5)");
    }

    @Test
    void toleratesAMissingHeaderAndUnusualAttributes() throws IOException {
        String xml = "<?xml version=\"1.0\"?><tmx version=\"1.1\" vendor=\"acme\"><body>"
                + "<tu srclang=\"*all*\" x-foo=\"1\"><tuv xml:lang=\"en\" x-bar=\"2\"><seg>Hello.</seg></tuv>"
                + "<tuv xml:lang=\"ru\"><seg>Привет.</seg></tuv></tu></body></tmx>";

        TmxDocument document = read(xml);

        assertThat(document.units()).extracting(TmxUnit::targetText).containsExactly("Привет.");
        assertThat(document.warnings()).containsExactly("the file has no <header>: 1 (first at line 1)");
    }

    @Test
    void warnsWhenTheHeaderNamesAnotherSourceLanguage() throws IOException {
        TmxDocument document = read(tmx(HEADER.replace("en-US", "ru"), unit("en", "Yes.", "ru", "Да.")));

        assertThat(document.units()).hasSize(1);
        assertThat(document.warnings()).singleElement().asString()
                .startsWith("the header's srclang is ru, not the source language asked for");
    }

    @Test
    void acceptsAHeaderWithSrclangAll() throws IOException {
        assertThat(read(tmx(HEADER.replace("en-US", "*all*"), unit("en", "Yes.", "ru", "Да."))).warnings()).isEmpty();
    }

    @Test
    void readsAFileWithNoUnits() throws IOException {
        TmxDocument document = read(tmx(HEADER, ""));

        assertThat(document.units()).isEmpty();
        assertThat(document.warnings()).isEmpty();
    }

    @Test
    void readsUtf16WithAByteOrderMark() throws IOException {
        Path file = dir.resolve("utf16.tmx");
        Files.writeString(file, "\uFEFF" + tmx(HEADER, unit("en", "Yes.", "ru", "Да."))
                .replace("UTF-8", "UTF-16"), StandardCharsets.UTF_16LE);

        assertThat(new TmxReader().read(file, EN, RU).units()).extracting(TmxUnit::targetText).containsExactly("Да.");
    }

    @Test
    void strictModeStopsAtTheFirstOddityWithItsLine() throws IOException {
        Path file = file(tmx(HEADER, unit("en", "Fine.", "ru", "Хорошо.") + unit("en", "Only English.")));

        assertThatThrownBy(() -> new TmxReader(TmxReadOptions.strictOptions()).read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("line 6")
                .hasMessageContaining("units without a ru variant skipped (strict mode)")
                .satisfies(e -> assertThat(((MalformedTmxException) e).line()).isEqualTo(6));
    }

    @Test
    void reportsBrokenXmlWithLineColumnAndAHint() throws IOException {
        Path file = file(tmx(HEADER, "<tu><tuv xml:lang=\"en\"><seg>Broken</tuv></tu>"));

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessageStartingWith("TMX file " + file + " is not well-formed XML, line 5, column ")
                .hasMessageContaining("must be terminated by the matching end-tag")
                .hasMessageContaining("not closed properly")
                .hasMessageNotContaining("ParseError")
                .satisfies(e -> assertThat(((MalformedTmxException) e).line()).isEqualTo(5));
    }

    @Test
    void reportsAControlCharacterWithAHint() throws IOException {
        Path file = file(tmx(HEADER, unit("en", "Bell\u0007", "ru", "Звонок")));

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("control character XML forbids");
    }

    @Test
    void reportsATruncatedFile() throws IOException {
        String whole = tmx(HEADER, unit("en", "Yes.", "ru", "Да."));
        Path file = file(whole.substring(0, whole.length() / 2));

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsAFileThatIsNotTmx() throws IOException {
        Path file = file("<?xml version=\"1.0\"?><html><body><p>Hi</p></body></html>");

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessage("file " + file + " is not TMX: its root element is <html>, not <tmx>; choose a .tmx file");
    }

    @Test
    void aFileThatIsNotXmlAtAllIsOneSentenceWithoutTheParsersWords() throws IOException {
        Path file = file("en\tru\nHello.\tПривет.\n");

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessage("TMX file " + file + " is not XML: it does not start with an XML tag (text at line 1, column 1);"
                        + " check that it really is a TMX file");
    }

    @Test
    void theParsersMessageLosesItsFullStopBeforeTheAdvice() throws IOException {
        Path file = file(tmx(HEADER, "<tu><tuv xml:lang=\"en\"><seg>Broken</tuv></tu>"));

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU)).hasMessageNotContaining(".;");
    }

    @Test
    void rejectsAnEmptyFile() throws IOException {
        Path file = file("");

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU)).isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("TMX file " + file + " is not well-formed XML");
    }

    @Test
    void reportsAMissingFile() {
        Path file = dir.resolve("nowhere.tmx");

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU)).isInstanceOf(SverkaException.class)
                .hasMessage("TMX file " + file + " does not exist; check the path");
    }

    @Test
    void refusesLanguagesWithoutALanguageCode() throws IOException {
        Path file = file(tmx(HEADER, unit("en", "Yes.", "ru", "Да.")));

        assertThatThrownBy(() -> new TmxReader().read(file, Locale.ROOT, RU))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("need a language code");
    }

    @Test
    void reportsBytesThatDoNotMatchTheDeclaredEncoding() throws IOException {
        Path file = dir.resolve("latin1.tmx");
        Files.write(file, tmx(HEADER, unit("en", "Café crème.", "ru", "Кофе.").replace("Кофе", "Kaffee"))
                .getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new TmxReader().read(file, EN, RU))
                .isInstanceOf(MalformedTmxException.class)
                .hasMessageContaining("save the file as UTF-8");
    }
}
