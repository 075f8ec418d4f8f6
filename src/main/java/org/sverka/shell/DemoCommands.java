package org.sverka.shell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.export.ExportOptions;
import org.sverka.store.AlignmentStats;
import org.sverka.workbench.ExportFormat;
import org.sverka.workbench.ExportOutcome;
import org.sverka.workbench.Workbench;

/**
 * The demo: every English-Russian sample pair in corpora/ (the richest format of each side) is imported
 * afresh, aligned and exported to alignments/&lt;name&gt;.tmx, and a short summary is printed.
 */
@ShellComponent
class DemoCommands {
    /** Formats tried in this order: the demo shows the importer on real document formats before plain text. */
    private static final List<String> FORMATS = List.of("docx", "html", "odt", "rtf", "pdf", "txt");

    private final ObjectProvider<Workbench> workbench;
    private final TerminalSize terminal;

    DemoCommands(ObjectProvider<Workbench> workbench, TerminalSize terminal) {
        this.workbench = workbench;
        this.terminal = terminal;
    }

    /** The folder the launcher runs from (set by ./sverka), else the working directory. */
    static Path home() {
        return Path.of(System.getProperty("sverka.home", "."));
    }

    @ShellMethod(key = "demo", group = "Texts", value = "Import, align and export the sample English-Russian documents in corpora/.")
    String demo(@ShellOption(value = "--corpora", defaultValue = ShellOption.NULL, help = "folder of sample pairs (default corpora/)") String corpora) {
        Path folder = corpora == null ? home().resolve("corpora") : FileOption.path("--corpora", corpora);
        List<Path[]> pairs = samplePairs(folder);
        if (pairs.isEmpty()) {
            throw new SverkaException("No sample pairs (NAME.en.* with NAME.ru.*) found under " + folder + ".");
        }
        Workbench bench = workbench.getObject();
        StringBuilder out = new StringBuilder();
        for (Path[] pair : pairs) {
            String name = baseName(pair[0]);
            if (bench.store().texts().find(name).isPresent()) {
                bench.delete(name);
            }
            ConsoleProgress progress = ConsoleProgress.onStandardError();
            bench.importText(name, pair[0], Locale.ENGLISH, pair[1], Locale.forLanguageTag("ru"), progress);
            bench.align(name, progress);
            Path tmx = home().resolve("alignments").resolve(name + ".tmx");
            ExportOutcome exported = bench.export(name, ExportFormat.TMX, tmx, ExportOptions.defaults());
            progress.finish();
            AlignmentStats stats = bench.stats(name);
            out.append(String.format(Locale.ROOT, "%s: %s + %s -> %d en / %d ru sentences, %d pairs (%s), mean confidence %.2f, "
                            + "%d pairs in %s%n", name, pair[0].getFileName(), pair[1].getFileName(), stats.sourceSentences(),
                    stats.targetSentences(), stats.pairs(), TextCommands.histogram(stats.pairTypes()), stats.meanConfidence(),
                    exported.pairs(), home().relativize(tmx).normalize()));
        }
        String first = baseName(pairs.get(0)[0]);
        out.append("\nThe first pairs of '").append(first).append("':\n");
        out.append(new SideBySide(terminal.width()).render(bench.pairs(first, 1, 3)));
        out.append("Explore: ./sverka (interactive), then: list, show ").append(first).append(", stats ").append(first);
        return out.toString();
    }

    static List<Path[]> samplePairs(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new SverkaException("No corpora folder at " + folder.toAbsolutePath().normalize() + ": run the demo from sverka's folder.");
        }
        List<Path[]> pairs = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(folder)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(dir)) {
                    List<Path> all = files.sorted().toList();
                    for (Path en : all) {
                        String name = en.getFileName().toString();
                        if (!name.matches(".+\\.en\\.[a-z]+")) {
                            continue;
                        }
                        String base = name.substring(0, name.indexOf(".en."));
                        Optional<Path> bestEn = best(all, base + ".en.");
                        Optional<Path> bestRu = best(all, base + ".ru.");
                        if (bestEn.isPresent() && bestRu.isPresent() && bestEn.get().equals(en)) {
                            pairs.add(new Path[] {bestEn.get(), bestRu.get()});
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new SverkaException("Cannot list " + folder + ": " + e.getMessage(), e);
        }
        return pairs;
    }

    private static Optional<Path> best(List<Path> files, String prefix) {
        for (String format : FORMATS) {
            for (Path f : files) {
                if (f.getFileName().toString().equals(prefix + format)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    private static String baseName(Path en) {
        String name = en.getFileName().toString();
        return name.substring(0, name.indexOf(".en."));
    }
}
