package org.sverka.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sverka.model.AlignedPair;

/**
 * Streams aligned pairs into an Excel workbook (XLSX, read by Excel, LibreOffice and Google Sheets): one
 * sheet, a header row that stays in view and carries a filter, then one row a pair: number, type,
 * confidence (a number, shown with two decimals), status, source, target (wrapped in wide columns), so a
 * reviewer can sort by confidence or filter by status. Apache POI's streaming workbook keeps only a window
 * of rows in memory and spills the rest to a compressed temporary file, which {@link #close()} removes.
 * <p>
 * A cell holds at most 32,767 characters: a longer text is cut there and says how much is missing (TSV keeps
 * everything). A sheet holds at most 1,048,575 pairs; more is refused with a message.
 */
public final class XlsxWriter extends FilteringPairWriter {
    static final int MAX_CELL_TEXT = SpreadsheetVersion.EXCEL2007.getMaxTextLength();
    static final int MAX_PAIRS = SpreadsheetVersion.EXCEL2007.getMaxRows() - 1;
    /** Rows kept in memory before the workbook writes them to its temporary file. */
    private static final int WINDOW = 200;
    private static final int COLUMNS = 6;

    private final OutputStream out;
    private final String where;
    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final SXSSFSheet sheet;
    private final CellStyle textStyle;
    private final CellStyle confidenceStyle;
    private int rows;

    /** Writes to {@code out}, which {@link #close()} closes; the text columns are headed by the two languages. */
    public XlsxWriter(OutputStream out, ExportOptions options, Locale sourceLanguage, Locale targetLanguage) {
        this(out, options, sourceLanguage, targetLanguage, "the XLSX output");
    }

    /** Writes to {@code file}, replacing it if it exists. */
    public XlsxWriter(Path file, ExportOptions options, Locale sourceLanguage, Locale targetLanguage) {
        this(ExportFiles.create(file, "XLSX file"), options, sourceLanguage, targetLanguage, file.toString());
    }

    private XlsxWriter(OutputStream out, ExportOptions options, Locale sourceLanguage, Locale targetLanguage, String where) {
        super(options, "XLSX writer for " + where);
        this.out = Objects.requireNonNull(out, "out");
        this.where = where;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet("pairs");
        textStyle = workbook.createCellStyle();
        textStyle.setWrapText(true);
        textStyle.setVerticalAlignment(VerticalAlignment.TOP);
        confidenceStyle = workbook.createCellStyle();
        confidenceStyle.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
        confidenceStyle.setVerticalAlignment(VerticalAlignment.TOP);
        writeHeader(ColumnHeadings.of(sourceLanguage), ColumnHeadings.of(targetLanguage));
    }

    private void writeHeader(String source, String target) {
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(rows++);
        String[] titles = {"number", "type", "confidence", "status", source, target};
        int[] widths = {8, 6, 11, 11, 60, 60};
        for (int column = 0; column < COLUMNS; column++) {
            header.createCell(column).setCellValue(titles[column]);
            header.getCell(column).setCellStyle(bold);
            sheet.setColumnWidth(column, widths[column] * 256);
        }
        sheet.createFreezePane(0, 1);
    }

    @Override
    void writeAccepted(AlignedPair pair) {
        if (rows > MAX_PAIRS) {
            throw new ExportException(String.format(Locale.ROOT, "an XLSX sheet holds at most %,d pairs and this export has more;"
                    + " export as TSV, or choose fewer pairs with --confirmed-only or --min-confidence", MAX_PAIRS));
        }
        Row row = sheet.createRow(rows++);
        row.createCell(0).setCellValue(pair.number());
        row.createCell(1).setCellValue(pair.type());
        row.createCell(2).setCellValue(pair.confidence());
        row.getCell(2).setCellStyle(confidenceStyle);
        row.createCell(3).setCellValue(pair.bead().status().name().toLowerCase(Locale.ROOT));
        row.createCell(4).setCellValue(cellText(pair.sourceText()));
        row.createCell(5).setCellValue(cellText(pair.targetText()));
        row.getCell(4).setCellStyle(textStyle);
        row.getCell(5).setCellStyle(textStyle);
    }

    /** The text as one cell can hold it: without characters XML forbids, cut at the cell limit with a note. */
    static String cellText(String text) {
        String allowed = XmlCharacters.keepAllowed(text);
        if (allowed.length() <= MAX_CELL_TEXT) {
            return allowed;
        }
        // the note for the whole length is at least as long as the note for what is cut
        int keep = MAX_CELL_TEXT - cutNote(allowed.length()).length();
        if (Character.isHighSurrogate(allowed.charAt(keep - 1))) {
            keep--;
        }
        return allowed.substring(0, keep) + cutNote(allowed.length() - keep);
    }

    private static String cutNote(int missing) {
        return String.format(Locale.ROOT, " [cut here: %,d more characters; the TSV export has them]", missing);
    }

    @Override
    void finish() {
        try (OutputStream stream = out; SXSSFWorkbook book = workbook) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, rows - 1), 0, COLUMNS - 1));
            book.write(stream);
        } catch (IOException e) {
            throw new ExportException("cannot write XLSX to " + where + ": " + e.getMessage()
                    + "; check free disk space and permissions, then export again", e);
        }
    }
}
