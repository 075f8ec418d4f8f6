package org.sverka.workbench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sverka.model.Bead;
import org.sverka.model.Progress;

/**
 * The NTREX Reuters story on the 2018 Indonesian earthquake from corpora/ (one sentence a line, 27 on each
 * side), imported through the workbench with the Russian line 8 left out, so that English sentence 7 has no
 * translation (27 source sentences, 26 target sentences). Public for the shell's jar tests, which store
 * {@link #alignmentWithOneMistake()} between two runs of the jar.
 */
public final class QuakeStory {
    public static final String NAME = "quakes";
    static final Locale RUSSIAN = Locale.forLanguageTag("ru");
    static final Path DIRECTORY = Path.of("corpora", "ntrex-reuters.218865");
    static final int SOURCE_SENTENCES = 27;
    static final int TARGET_SENTENCES = 26;
    /** Confidence of the glued pair 8 in {@link #alignmentWithOneMistake()}. */
    static final double MISTAKE_CONFIDENCE = 0.59;
    /** Confidence of pair 7, the doubtful neighbour of the mistake. */
    static final double NEIGHBOUR_CONFIDENCE = 0.88;
    /** Confidence of every other pair. */
    static final double SURE_CONFIDENCE = 0.99;

    private QuakeStory() {
    }

    /**
     * The state a reviewer finds, fixed by hand so that the tests do not depend on what the aligner happens
     * to produce: 26 automatic pairs, all 1-1 except pair 8, a 2-1 that glues English sentences 7 (which has
     * no translation) and 8 to Russian sentence 7, with confidence 0.59; pair 7 has 0.88, every other 0.99.
     */
    public static List<Bead> alignmentWithOneMistake() {
        List<Bead> beads = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            beads.add(Bead.automatic(i, 1, i, 1, i == 6 ? NEIGHBOUR_CONFIDENCE : SURE_CONFIDENCE));
        }
        beads.add(Bead.automatic(7, 2, 7, 1, MISTAKE_CONFIDENCE));
        for (int target = 8; target < TARGET_SENTENCES; target++) {
            beads.add(Bead.automatic(target + 1, 1, target, 1, SURE_CONFIDENCE));
        }
        return List.copyOf(beads);
    }

    /** Imports the story as text {@link #NAME} and gives it {@link #alignmentWithOneMistake()}. */
    static void importWithOneMistake(Workbench workbench, Path dir) throws IOException {
        importText(workbench, dir);
        workbench.store().alignments().replace(workbench.text(NAME).id(), alignmentWithOneMistake());
    }

    /** Imports the story as text {@link #NAME} and aligns it with the real aligner. */
    static void importAligned(Workbench workbench, Path dir) throws IOException {
        importText(workbench, dir);
        workbench.align(NAME, Progress.NONE);
    }

    static void importText(Workbench workbench, Path dir) throws IOException {
        Path english = Files.copy(DIRECTORY.resolve("indonesia-earthquakes.en.txt"), dir.resolve("quakes.en.txt"));
        List<String> lines = new ArrayList<>(Files.readAllLines(DIRECTORY.resolve("indonesia-earthquakes.ru.txt"), StandardCharsets.UTF_8));
        lines.remove(7);
        Path russian = Files.write(dir.resolve("quakes.ru.txt"), lines, StandardCharsets.UTF_8);
        workbench.importText(NAME, english, Locale.ENGLISH, russian, RUSSIAN, Progress.NONE);
    }
}
