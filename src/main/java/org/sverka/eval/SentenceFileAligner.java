package org.sverka.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.sverka.SverkaException;
import org.sverka.align.SentenceAligner;
import org.sverka.model.Bead;
import org.sverka.model.Progress;

/**
 * Aligns two files that hold one sentence a line (UTF-8) and writes the ladder (vecalign format,
 * 0-based line numbers): what {@code sverka align-sentences} runs.
 */
public final class SentenceFileAligner {

    private SentenceFileAligner() {
    }

    public static void alignSentenceFiles(Path source, Locale sourceLanguage, Path target, Locale targetLanguage,
                                          Path output) {
        alignSentenceFiles(source, sourceLanguage, target, targetLanguage, output, new SentenceAligner());
    }

    public static void alignSentenceFiles(Path source, Locale sourceLanguage, Path target, Locale targetLanguage,
                                          Path output, SentenceAligner aligner) {
        List<String> sourceLines = readLines(source);
        List<String> targetLines = readLines(target);
        List<Bead> beads = aligner.align(GoldDocument.sentences(sourceLines), sourceLanguage,
                GoldDocument.sentences(targetLines), targetLanguage, Progress.NONE);
        LadderFormat.write(Ladder.of(beads), output);
    }

    private static List<String> readLines(Path file) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
                lines.set(0, lines.get(0).substring(1));
            }
            return lines;
        } catch (CharacterCodingException e) {
            throw new SverkaException("Sentence file " + file + " is not valid UTF-8. Convert it to UTF-8 "
                    + "(one sentence a line) and try again.", e);
        } catch (IOException e) {
            throw new SverkaException("Cannot read sentence file " + file + ": " + e.getMessage()
                    + ". Check the path and that the file is readable.", e);
        }
    }
}
