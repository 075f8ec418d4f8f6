package org.sverka.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.shell.standard.ShellComponent;
import org.springframework.shell.standard.ShellMethod;
import org.springframework.shell.standard.ShellOption;
import org.sverka.SverkaException;
import org.sverka.eval.AlignmentBenchmark;
import org.sverka.eval.EndToEndBenchmark;
import org.sverka.eval.LadderFormat;
import org.sverka.eval.SentenceFileAligner;
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
        Path out = FileOption.path("--output", output);
        SentenceFileAligner.alignSentenceFiles(FileOption.path("--source", source), sl, FileOption.path("--target", target), tl, out);
        return String.format(Locale.ROOT, "Wrote %d beads to %s", LadderFormat.read(out).size(), out);
    }

    @ShellMethod(key = "benchmark", group = "Evaluation", value = "Run a benchmark on the gold corpora in ../shared/corpora: "
            + "alignment (strict/lax P, R, F1, calibration, speed), end-to-end (the same from raw text) or segmentation (boundary P, R, F1).")
    void benchmark(@ShellOption(value = "--suite", defaultValue = "alignment", help = "alignment, end-to-end (from raw text) or segmentation") String suite,
                   @ShellOption(value = "--dictionary", defaultValue = ShellOption.NULL,
                           help = "alignment suite: also use this word list (.dic, TSV or dictd .index)") String dictionary,
                   @ShellOption(value = "--reversed-dictionary", defaultValue = ShellOption.NULL,
                           help = "alignment suite: a word list in the other direction (fra-deu for de-fr)") String reversed) {
        String normalised = suite.strip().toLowerCase(Locale.ROOT);
        if ((dictionary != null || reversed != null) && !normalised.equals("alignment")) {
            throw new SverkaException("--dictionary and --reversed-dictionary belong to the alignment suite.");
        }
        List<String> args = new ArrayList<>();
        if (dictionary != null) {
            args.addAll(List.of("--dictionary", FileOption.path("--dictionary", dictionary).toString()));
        }
        if (reversed != null) {
            args.addAll(List.of("--reversed-dictionary", FileOption.path("--reversed-dictionary", reversed).toString()));
        }
        switch (normalised) {
            case "alignment" -> AlignmentBenchmark.main(args.toArray(String[]::new));
            case "segmentation" -> SegmentationBenchmark.main(new String[0]);
            case "end-to-end" -> EndToEndBenchmark.main(new String[0]);
            default -> throw new SverkaException("Unknown benchmark suite '" + suite + "': use alignment, end-to-end or segmentation.");
        }
    }
}
