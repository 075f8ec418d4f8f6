package org.sverka.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.dictionary.BilingualDictionary;
import org.sverka.dictionary.DictionaryFile;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;
import org.sverka.store.AlignmentStats;
import org.sverka.store.TextInfo;
import org.sverka.workbench.ImportOutcome;
import org.sverka.workbench.Workbench;

/** Importing, listing, aligning, viewing and deleting bilingual texts. */
@ShellComponent
class TextCommands {
    private final ObjectProvider<Workbench> workbench;
    private final TerminalSize terminal;

    TextCommands(ObjectProvider<Workbench> workbench, TerminalSize terminal) {
        this.workbench = workbench;
        this.terminal = terminal;
    }

    @ShellMethod(key = "import", group = "Texts", value = "Import two language versions of a document as one bilingual text "
            + "(HTML, DOCX, DOC, PDF, ODT, RTF, EPUB, FB2, TXT in UTF-8 or Windows-1251).")
    String importText(
            @ShellOption(value = "--source", help = "the original (or first-language) file") String source,
            @ShellOption(value = "--target", help = "the translation (or second-language) file") String target,
            @ShellOption(value = "--source-lang", defaultValue = "en", help = "language of the source file (ISO 639: en, de, ...)") String sourceLang,
            @ShellOption(value = "--target-lang", defaultValue = "ru", help = "language of the target file (ISO 639: ru, fr, ...)") String targetLang,
            @ShellOption(value = "--name", defaultValue = ShellOption.NULL, help = "name of the text (default: the source file's name)") String name) {
        Locale sl = LanguageOption.parse("--source-lang", sourceLang);
        Locale tl = LanguageOption.parse("--target-lang", targetLang);
        ConsoleProgress progress = ConsoleProgress.onStandardError();
        ImportOutcome outcome = workbench.getObject().importText(name, FileOption.path("--source", source), sl, FileOption.path("--target", target), tl, progress);
        progress.finish();
        StringBuilder out = new StringBuilder();
        outcome.notes().forEach(n -> out.append("Note: ").append(n).append('\n'));
        TextInfo t = outcome.text();
        if (outcome.created()) {
            out.append(String.format(Locale.ROOT, "Imported '%s': %s %d sentences (%s), %s %d sentences (%s). Next: align %s",
                    t.name(), t.sourceLanguage().toLanguageTag(), t.sourceSentences(), t.sourceFile(),
                    t.targetLanguage().toLanguageTag(), t.targetSentences(), t.targetFile(), Quoting.arg(t.name())));
        } else {
            out.setLength(out.length() - 1);
        }
        return out.toString();
    }

    @ShellMethod(key = "list", group = "Texts", value = "List the stored texts.")
    String list() {
        List<TextInfo> texts = workbench.getObject().texts();
        if (texts.isEmpty()) {
            return "No texts yet. Import one: import --source talks.en.html --target talks.ru.docx";
        }
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-24s %-7s %9s %9s %7s  %s%n",
                "NAME", "LANGS", "SOURCE", "TARGET", "PAIRS", "FILES"));
        for (TextInfo t : texts) {
            out.append(String.format(Locale.ROOT, "%-24s %-7s %9d %9d %7s  %s | %s%n", t.name(),
                    t.sourceLanguage().toLanguageTag() + "-" + t.targetLanguage().toLanguageTag(),
                    t.sourceSentences(), t.targetSentences(), t.pairs() == 0 ? "-" : String.valueOf(t.pairs()),
                    t.sourceFile(), t.targetFile()));
        }
        return out.toString().stripTrailing();
    }

    @ShellMethod(key = "align", group = "Texts", value = "Align a text sentence by sentence (replaces its previous automatic alignment).")
    String align(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = "the text's name") String text,
                 @ShellOption(value = "--dictionary", defaultValue = ShellOption.NULL,
                         help = "word translations to use as extra evidence: hunalign .dic, TSV (source TAB target) or dictd .index")
                 String dictionary) {
        BilingualDictionary words = dictionary == null ? BilingualDictionary.EMPTY
                : DictionaryFile.read(FileOption.path("--dictionary", dictionary));
        ConsoleProgress progress = ConsoleProgress.onStandardError();
        List<Bead> beads = workbench.getObject().align(text, words, progress);
        progress.finish();
        AlignmentStats stats = workbench.getObject().stats(text);
        return String.format(Locale.ROOT, "Aligned '%s': %d pairs (%s), mean confidence %.2f. Next: show %s",
                text, beads.size(), histogram(stats.pairTypes()), stats.meanConfidence(), Quoting.arg(text));
    }

    @ShellMethod(key = "show", group = "Texts", value = "Show a text's aligned pairs side by side, a page at a time.")
    String show(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = "the text's name") String text,
                @ShellOption(value = "--from", defaultValue = "1", help = "first pair number") int from,
                @ShellOption(value = "--count", defaultValue = "20", help = "pairs per page") int count) {
        int pairsInText = workbench.getObject().requirePairs(text);
        PageRange page = PageRange.of(from, count, text, pairsInText);
        List<AlignedPair> pairs = workbench.getObject().pairs(text, page.from(), page.count());
        if (pairs.isEmpty()) {
            return "Text '" + text + "' has " + pairsInText + " pairs; there is no pair " + from + ".";
        }
        int last = pairs.get(pairs.size() - 1).number();
        String footer = String.format(Locale.ROOT, "Pairs %d-%d of %d.%s", pairs.get(0).number(), last, pairsInText,
                last < pairsInText ? " Next page: show " + Quoting.arg(text) + " --from " + (last + 1) : "");
        return new SideBySide(terminal.width()).render(pairs) + footer;
    }

    @ShellMethod(key = "stats", group = "Texts", value = "Counts, pair types and mean confidence of a text.")
    String stats(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = "the text's name") String text) {
        TextInfo info = workbench.getObject().text(text);
        AlignmentStats s = workbench.getObject().stats(text);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Text '%s' (%s %s | %s %s)%n", info.name(), info.sourceLanguage().toLanguageTag(),
                info.sourceFile(), info.targetLanguage().toLanguageTag(), info.targetFile()));
        out.append(String.format(Locale.ROOT, "Sentences: %d source, %d target%n", s.sourceSentences(), s.targetSentences()));
        if (s.pairs() == 0) {
            return out.append("Not aligned yet: align ").append(Quoting.arg(text)).toString();
        }
        out.append(String.format(Locale.ROOT, "Pairs: %d (%d confirmed), mean confidence %.3f%n", s.pairs(), s.confirmed(), s.meanConfidence()));
        out.append("Pair types:\n");
        int width = s.pairTypes().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        s.pairTypes().forEach((type, n) -> out.append(String.format(Locale.ROOT, "  %-4s %7d  %s%n", type, n,
                "█".repeat((int) Math.ceil(40.0 * n / width)))));
        return out.toString().stripTrailing();
    }

    @ShellMethod(key = "delete", group = "Texts", value = "Delete a text with its documents, sentences and alignment.")
    String delete(@ShellOption(value = "--text", valueProvider = TextNameValues.class, help = "the text's name") String text) {
        workbench.getObject().delete(text);
        return "Deleted '" + text + "'.";
    }

    static String histogram(Map<String, Integer> types) {
        StringBuilder out = new StringBuilder();
        types.forEach((type, n) -> out.append(out.length() == 0 ? "" : ", ").append(type).append(": ").append(n));
        return out.toString();
    }
}
