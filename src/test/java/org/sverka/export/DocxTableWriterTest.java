package org.sverka.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.importer.DocumentImporter;
import org.sverka.importer.ImportedDocument;
import org.sverka.model.AlignedPair;
import org.sverka.model.Paragraph;

class DocxTableWriterTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static byte[] docx(List<AlignedPair> pairs, ExportOptions options) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DocxTableWriter writer = new DocxTableWriter(bytes, options, EN, RU)) {
            writer.writeAll(pairs);
        }
        return bytes.toByteArray();
    }

    private static XWPFTable table(byte[] docx) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getTables()).hasSize(1);
            return document.getTables().get(0);
        }
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void writesABilingualTableWithAHeaderRowRepeatedOnEveryPage() throws IOException {
        XWPFTable table = table(docx(List.of(
                Pairs.oneToOne(1, "The train stopped.", "Поезд остановился.", 0.934),
                Pairs.confirmed(2, "It was snowing.", "Шёл снег.", 0.5)), ExportOptions.defaults()));

        assertThat(table.getRows()).hasSize(3);
        assertThat(cells(table.getRow(0))).containsExactly("#", "English (en)", "Russian (ru)", "pair");
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        assertThat(cells(table.getRow(1))).containsExactly("1", "The train stopped.", "Поезд остановился.", "1-1, 0.93, automatic");
        assertThat(cells(table.getRow(2))).containsExactly("2", "It was snowing.", "Шёл снег.", "1-1, 0.50, confirmed");
    }

    @Test
    void marksEachTextColumnWithItsLanguageForSpellChecking() throws IOException {
        XWPFTable table = table(docx(List.of(Pairs.oneToOne(1, "Yes.", "Да.", 0.9)), ExportOptions.defaults()));

        assertThat(table.getRow(1).getCell(1).getParagraphs().get(0).getRuns().get(0).getLang()).isEqualTo("en");
        assertThat(table.getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0).getLang()).isEqualTo("ru");
    }

    @Test
    void keepsLineBreaksTabsAndMarkupCharactersAndDropsCharactersXmlForbids() throws IOException {
        XWPFTable table = table(docx(List.of(Pairs.twoToOne(7, "Name:\tAnna\nAge: <28> & \"more\"", "Имя\u0001: Анна\r\nВозраст: 28", 0.8)),
                ExportOptions.defaults()));

        assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Name:\tAnna\nAge: <28> & \"more\"");
        assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Имя: Анна\nВозраст: 28");
    }

    @Test
    void unicodeLineAndParagraphSeparatorsBreakTheLineRatherThanJoinTheWords() throws IOException {
        XWPFTable table = table(docx(List.of(Pairs.oneToOne(1, "Moscow\u2028Kremlin\u2029Press 😀", "Москва\u0085Кремль", 0.8)),
                ExportOptions.defaults()));

        assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("Moscow\nKremlin\nPress 😀");
        assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("Москва\nКремль");
    }

    @Test
    void writesOnlyThePairsTheOptionsAccept() throws IOException {
        XWPFTable table = table(docx(List.of(
                Pairs.oneToOne(1, "Sure.", "Конечно.", 0.95),
                Pairs.oneToOne(2, "Unsure.", "Не уверен.", 0.2),
                Pairs.targetOnly(3, "Добавлено."),
                Pairs.confirmed(4, "Checked.", "Проверено.", 0.1)), ExportOptions.minConfidence(0.5)));

        assertThat(table.getRows()).extracting(row -> row.getCell(0).getText()).containsExactly("#", "1", "4");
    }

    @Test
    void sverkasOwnImporterReadsTheTableBack(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("pairs.docx");
        try (DocxTableWriter writer = new DocxTableWriter(file, ExportOptions.defaults(), EN, RU)) {
            writer.write(Pairs.oneToOne(1, "The death toll has climbed to 832.", "Число жертв достигло 832.", 0.9));
        }

        ImportedDocument imported = new DocumentImporter().read(file, EN);
        assertThat(imported.paragraphs()).extracting(Paragraph::text)
                .contains("The death toll has climbed to 832.", "Число жертв достигло 832.");
    }

    @Test
    void anEmptySelectionStillGivesADocumentWithTheHeaderRow() throws IOException {
        assertThat(table(docx(List.of(), ExportOptions.defaults())).getRows()).hasSize(1);
    }

    @Test
    void aFolderThatDoesNotExistGivesOneClearMessage(@TempDir Path folder) {
        assertThatThrownBy(() -> new DocxTableWriter(folder.resolve("missing/pairs.docx"), ExportOptions.defaults(), EN, RU))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot create DOCX file")
                .hasMessageContaining("check that the folder exists");
        assertThat(Files.exists(folder.resolve("missing"))).isFalse();
    }
}
