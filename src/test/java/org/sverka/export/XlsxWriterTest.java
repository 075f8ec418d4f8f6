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

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.model.AlignedPair;

class XlsxWriterTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale RU = Locale.forLanguageTag("ru");

    private static XSSFWorkbook xlsx(List<AlignedPair> pairs, ExportOptions options) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxWriter writer = new XlsxWriter(bytes, options, EN, RU)) {
            writer.writeAll(pairs);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static List<String> shown(Row row) {
        DataFormatter formatter = new DataFormatter(Locale.ROOT);
        return List.of(0, 1, 2, 3, 4, 5).stream().map(c -> formatter.formatCellValue(row.getCell(c))).toList();
    }

    @Test
    void writesAHeaderRowNamingTheLanguagesAndOneRowPerPair() throws IOException {
        try (XSSFWorkbook book = xlsx(List.of(
                Pairs.oneToOne(1, "The train stopped.", "Поезд остановился.", 0.934),
                Pairs.confirmed(2, "It was snowing.", "Шёл снег.", 0.5)), ExportOptions.defaults())) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(shown(sheet.getRow(0))).containsExactly("number", "type", "confidence", "status", "English (en)", "Russian (ru)");
            assertThat(shown(sheet.getRow(1))).containsExactly("1", "1-1", "0.93", "automatic", "The train stopped.", "Поезд остановился.");
            assertThat(shown(sheet.getRow(2))).containsExactly("2", "1-1", "0.50", "confirmed", "It was snowing.", "Шёл снег.");
        }
    }

    @Test
    void keepsTheConfidenceAsANumberSoTheSheetSortsByIt() throws IOException {
        try (XSSFWorkbook book = xlsx(List.of(Pairs.oneToOne(1, "Yes.", "Да.", 0.934)), ExportOptions.defaults())) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(2).getNumericCellValue()).isEqualTo(0.934);
        }
    }

    @Test
    void freezesAndFiltersTheHeaderRow() throws IOException {
        try (XSSFWorkbook book = xlsx(List.of(Pairs.oneToOne(1, "Yes.", "Да.", 0.9), Pairs.oneToOne(2, "No.", "Нет.", 0.8)),
                ExportOptions.defaults())) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(book.getSheetAt(0).getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F3");
        }
    }

    @Test
    void keepsLineBreaksInsideACellAndDropsCharactersXmlForbids() throws IOException {
        try (XSSFWorkbook book = xlsx(List.of(Pairs.twoToOne(7, "Name:\tAnna\nAge: 28", "Имя\u0001: Анна\nВозраст: 28", 0.8)),
                ExportOptions.defaults())) {
            Row row = book.getSheetAt(0).getRow(1);

            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Name:\tAnna\nAge: 28");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("Имя: Анна\nВозраст: 28");
        }
    }

    @Test
    void cutsATextLongerThanACellHoldsAndSaysHowMuchIsMissing() throws IOException {
        String sentence = "Все счастливые семьи похожи друг на друга. ";
        String huge = sentence.repeat(1000);
        try (XSSFWorkbook book = xlsx(List.of(Pairs.oneToOne(1, "Happy families are all alike.", huge, 0.9)), ExportOptions.defaults())) {
            String cell = book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue();

            assertThat(cell).hasSizeLessThanOrEqualTo(XlsxWriter.MAX_CELL_TEXT).startsWith(sentence + sentence);
            int kept = cell.indexOf(" [cut here: ");
            assertThat(cell.substring(kept)).isEqualTo(String.format(Locale.ROOT,
                    " [cut here: %,d more characters; the TSV export has them]", huge.length() - kept));
        }
    }

    @Test
    void writesOnlyThePairsTheOptionsAccept() throws IOException {
        try (XSSFWorkbook book = xlsx(List.of(
                Pairs.oneToOne(1, "Sure.", "Конечно.", 0.95),
                Pairs.oneToOne(2, "Unsure.", "Не уверен.", 0.2),
                Pairs.sourceOnly(3, "Left out."),
                Pairs.confirmed(4, "Checked.", "Проверено.", 0.1)), ExportOptions.minConfidence(0.5))) {
            Sheet sheet = book.getSheetAt(0);

            assertThat(sheet.getLastRowNum()).isEqualTo(2);
            assertThat(sheet.getRow(1).getCell(0).getNumericCellValue()).isEqualTo(1);
            assertThat(sheet.getRow(2).getCell(0).getNumericCellValue()).isEqualTo(4);
        }
    }

    @Test
    void anEmptySelectionStillGivesAWorkbookWithItsHeader() throws IOException {
        try (XSSFWorkbook book = xlsx(List.of(), ExportOptions.defaults())) {
            assertThat(book.getSheetAt(0).getLastRowNum()).isZero();
            assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("number");
        }
    }

    @Test
    void writesToAFileAndCountsThePairs(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("pairs.xlsx");
        long count;
        try (XlsxWriter writer = new XlsxWriter(file, ExportOptions.defaults(), EN, RU)) {
            writer.write(Pairs.oneToOne(1, "Yes.", "Да.", 0.9));
            count = writer.count();
        }

        assertThat(count).isEqualTo(1);
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(file))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(5).getStringCellValue()).isEqualTo("Да.");
        }
    }

    @Test
    void aFolderThatDoesNotExistGivesOneClearMessage(@TempDir Path folder) {
        assertThatThrownBy(() -> new XlsxWriter(folder.resolve("missing/pairs.xlsx"), ExportOptions.defaults(), EN, RU))
                .isInstanceOf(ExportException.class)
                .hasMessageContaining("cannot create XLSX file")
                .hasMessageContaining("check that the folder exists");
    }
}
