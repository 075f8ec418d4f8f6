package org.sverka.workbench;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.sverka.SverkaException;

/** The export formats: TMX 1.4b, tab-separated pairs, an Excel workbook, a bilingual Word table, and parallel plain text (one file per language). */
public enum ExportFormat {
    TMX("tmx"), TSV("tsv"), XLSX("xlsx"), DOCX("docx"), TXT("");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** File extension of the default output; empty for TXT, whose files end in the language code. */
    public String extension() {
        return extension;
    }

    public static ExportFormat parse(String value) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(value.strip())).findFirst()
                .orElseThrow(() -> new SverkaException("Unknown export format '" + value + "': use one of "
                        + Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")) + "."));
    }
}
