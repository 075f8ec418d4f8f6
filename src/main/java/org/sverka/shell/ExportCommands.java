package org.sverka.shell;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.export.ExportOptions;
import org.sverka.workbench.ExportFormat;
import org.sverka.workbench.ExportOutcome;
import org.sverka.workbench.Workbench;

/** Exports for CAT tools (TMX), spreadsheets (XLSX, TSV), word processors (DOCX) and machine-translation people (parallel text). */
@ShellComponent
class ExportCommands {
    private final ObjectProvider<Workbench> workbench;

    ExportCommands(ObjectProvider<Workbench> workbench) {
        this.workbench = workbench;
    }

    @ShellMethod(key = "export", group = "Texts", value = "Export a text's aligned pairs: tmx (TMX 1.4b), tsv (one pair a line), "
            + "xlsx (an Excel sheet, one pair a row), docx (a bilingual table in Word) or txt (parallel files <name>.en / <name>.ru).")
    String export(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = "the text's name") String text,
                  @ShellOption(value = "--format", defaultValue = "tmx", help = "tmx, tsv, xlsx, docx or txt") String format,
                  @ShellOption(value = "--output", defaultValue = ShellOption.NULL, help = "output file (default alignments/<name>.<format>)") String output,
                  @ShellOption(value = "--confirmed-only", defaultValue = "false", help = "only pairs a person confirmed") boolean confirmedOnly,
                  @ShellOption(value = "--min-confidence", defaultValue = ShellOption.NULL, help = "only confirmed pairs and pairs at least this confident (0-1)") Double minConfidence,
                  @ShellOption(value = "--include-unpaired", defaultValue = "false", help = "also write 1-0 and 0-1 pairs") boolean includeUnpaired) {
        ExportOptions options = options(confirmedOnly, minConfidence).withUnpaired(includeUnpaired);
        ExportOutcome outcome = workbench.getObject().export(text, ExportFormat.parse(format), output == null ? null : FileOption.path("--output", output), options);
        return String.format(Locale.ROOT, "Exported %d pairs of '%s' to %s", outcome.pairs(), text,
                outcome.files().stream().map(Path::toString).collect(Collectors.joining(" and ")));
    }

    static ExportOptions options(boolean confirmedOnly, Double minConfidence) {
        if (confirmedOnly && minConfidence != null) {
            throw new SverkaException("Give either --confirmed-only or --min-confidence, not both.");
        }
        if (confirmedOnly) {
            return ExportOptions.confirmedOnly();
        }
        if (minConfidence != null) {
            if (!(minConfidence >= 0 && minConfidence <= 1)) {
                throw new SverkaException("--min-confidence must be between 0 and 1, not " + minConfidence + ".");
            }
            return ExportOptions.minConfidence(minConfidence);
        }
        return ExportOptions.defaults();
    }
}
