package org.sverka.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.align.SentenceAligner;
import org.sverka.eval.AlignmentBenchmark;
import org.sverka.eval.GoldDocument;
import org.sverka.eval.Ladder;
import org.sverka.eval.LadderFormat;
import org.sverka.model.Bead;
import org.sverka.segment.SegmentationBenchmark;

/** Evaluation: aligning pre-split sentence files, and the benchmarks that produce the README's figures. */
@ShellComponent
class EvalCommands {

    @ShellMethod(key = "align-sentences", group = "Evaluation", value = "Align two files already split one sentence per line "
            + "and write the ladder in the vecalign format ([0, 1]:[2]).")
    String alignSentences(@ShellOption(value = "--source", help = "source sentences, one per line, UTF-8") String source,
                          @ShellOption(value = "--target", help = "target sentences, one per line, UTF-8") String target,
                          @ShellOption(value = "--output", help = "ladder file to write") String output,
                          @ShellOption(value = "--source-lang", defaultValue = "en", help = "language of the source") String sourceLang,
                          @ShellOption(value = "--target-lang", defaultValue = "ru", help = "language of the target") String targetLang) {
        Locale sl = LanguageOption.parse("--source-lang", sourceLang);
        Locale tl = LanguageOption.parse("--target-lang", targetLang);
        List<String> src = lines(FileOption.path("--source", source));
        List<String> tgt = lines(FileOption.path("--target", target));
        ConsoleProgress progress = ConsoleProgress.onStandardError();
        List<Bead> beads = new SentenceAligner().align(GoldDocument.sentences(src), sl, GoldDocument.sentences(tgt), tl, progress);
        progress.finish();
        Path out = FileOption.path("--output", output);
        LadderFormat.write(Ladder.of(beads), out);
        return String.format(Locale.ROOT, "Aligned %d x %d sentences into %d beads: %s", src.size(), tgt.size(), beads.size(), out);
    }

    @ShellMethod(key = "benchmark", group = "Evaluation", value = "Run a benchmark on the gold corpora in ../shared/corpora: "
            + "alignment (strict/lax P, R, F1, calibration, speed) or segmentation (boundary P, R, F1).")
    void benchmark(@ShellOption(value = "--suite", defaultValue = "alignment", help = "alignment or segmentation") String suite) {
        switch (suite.strip().toLowerCase(Locale.ROOT)) {
            case "alignment" -> AlignmentBenchmark.main(new String[0]);
            case "segmentation" -> SegmentationBenchmark.main(new String[0]);
            default -> throw new SverkaException("Unknown benchmark suite '" + suite + "': use alignment or segmentation.");
        }
    }

    private static List<String> lines(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new SverkaException("Cannot read " + file + ": " + (Files.isDirectory(file) ? "it is a folder." : "no such file."));
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new SverkaException("Cannot read " + file + " as UTF-8 text, one sentence per line: " + e.getMessage(), e);
        }
    }

}
