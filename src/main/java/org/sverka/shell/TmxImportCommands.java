package org.sverka.shell;

import java.util.Locale;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.store.TextInfo;
import org.sverka.workbench.ImportOutcome;
import org.sverka.workbench.TmxImport;
import org.sverka.workbench.Workbench;

/** Importing a translation memory made elsewhere as a text whose pairs are already confirmed. */
@ShellComponent
class TmxImportCommands {
    private final ObjectProvider<Workbench> workbench;

    TmxImportCommands(ObjectProvider<Workbench> workbench) {
        this.workbench = workbench;
    }

    @ShellMethod(key = "import-tmx", group = "Texts", value = "Import a TMX file as a text: one unit = one confirmed pair.")
    String importTmx(@ShellOption(value = "--file", help = "the TMX file") String file,
                     @ShellOption(value = "--name", defaultValue = ShellOption.NULL, help = "name of the text (default: the file's name)") String name,
                     @ShellOption(value = "--source-lang", defaultValue = "en", help = "source language of the units (ISO 639)") String sourceLang,
                     @ShellOption(value = "--target-lang", defaultValue = "ru", help = "target language of the units (ISO 639)") String targetLang) {
        Locale source = LanguageOption.parse("--source-lang", sourceLang);
        Locale target = LanguageOption.parse("--target-lang", targetLang);
        ImportOutcome outcome = new TmxImport(workbench.getObject()).importTmx(FileOption.path("--file", file), name, source, target);
        StringBuilder out = new StringBuilder();
        outcome.notes().forEach(note -> out.append("Note: ").append(note).append('\n'));
        TextInfo t = outcome.text();
        return out.append(String.format(Locale.ROOT, "Imported '%s' from %s: %d confirmed pairs (%s-%s). Next: show %s",
                t.name(), t.sourceFile(), t.pairs(), t.sourceLanguage().toLanguageTag(), t.targetLanguage().toLanguageTag(),
                Quoting.arg(t.name()))).toString();
    }
}
