package org.sverka.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.store.Store;
import org.sverka.workbench.QuakeStory;

/**
 * Review through the real launcher jar, one process per command as a user at a terminal would run it, so
 * every step after the first is also a restart: the NTREX quake story with one Russian line left out.
 * Between the import and the review the test stores {@link QuakeStory#alignmentWithOneMistake()} in the
 * jar's database itself, so the review starts from a known state whatever the aligner would produce.
 */
class ReviewIT {
    private static final Path STORY = Path.of("corpora", "ntrex-reuters.218865");

    @TempDir
    Path dir;
    private SverkaProcess sverka;

    @BeforeEach
    void importAndGiveTheAlignmentWithOneMistake() throws Exception {
        Path database = dir.resolve("db/sverka");
        sverka = new SverkaProcess(database, dir);
        Path en = Files.copy(STORY.resolve("indonesia-earthquakes.en.txt").toAbsolutePath(), dir.resolve("quakes.en.txt"));
        List<String> lines = new ArrayList<>(Files.readAllLines(STORY.resolve("indonesia-earthquakes.ru.txt"), StandardCharsets.UTF_8));
        lines.remove(7);
        Path ru = Files.write(dir.resolve("quakes.ru.txt"), lines, StandardCharsets.UTF_8);
        ok("import", "--source", en.toString(), "--target", ru.toString());
        try (Store store = Store.open(database)) {
            store.alignments().replace(store.texts().find("quakes").orElseThrow().id(), QuakeStory.alignmentWithOneMistake());
        }
    }

    private String ok(String... args) throws Exception {
        SverkaProcess.Result result = sverka.run(args);
        assertThat(result.exitCode()).as(String.join(" ", args) + "\n" + result.output()).isZero();
        return result.output();
    }

    @Test
    void aReviewerFindsTheMistakeFixesItAndTakesItBackAfterARestart() throws Exception {
        SverkaProcess.Result refused = sverka.run("merge", "quakes", "26");
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output().strip()).isEqualTo("Error: Pair 26 is the last pair: there is no next pair to merge with.");

        assertThat(ok("next", "quakes", "--low", "0.7")).contains("#8", "2-1", "Pair 8. Then: next quakes --low 0.7 --after 8");

        assertThat(ok("detach", "quakes", "8", "--side", "en", "--sentence", "7"))
                .startsWith("Detach source sentence 7 from pair 8.").contains("#8", "1-0", "#9");
        assertThat(ok("undo", "quakes")).startsWith("Undid: detach source sentence 7 from pair 8.").contains("2-1");
        assertThat(ok("redo", "quakes")).startsWith("Redid: detach source sentence 7 from pair 8.");
        assertThat(ok("confirm", "quakes", "1", "--to", "3")).startsWith("Confirm pairs 1-3.");
        assertThat(ok("edit-history", "quakes")).contains("1. detach source sentence 7 from pair 8", "2. confirm pairs 1-3");

        assertThat(ok("status")).containsPattern("quakes\\s+27\\s+5\\s+22\\s+0\\s+17\\.0%");
    }

    @Test
    void confirmedPairsGoOutAsTmxAndComeBackAsAText() throws Exception {
        ok("confirm", "quakes", "1", "--to", "3");
        Path tmx = dir.resolve("reviewed.tmx");

        assertThat(ok("export", "quakes", "--confirmed-only", "--output", tmx.toString())).contains("Exported 3 pairs");
        assertThat(Files.readString(tmx)).contains("<prop type=\"x-status\">confirmed</prop>").doesNotContain(">automatic<");
        assertThat(ok("import-tmx", "--file", tmx.toString(), "--name", "reviewed"))
                .contains("Imported 'reviewed' from reviewed.tmx: 3 confirmed pairs (en-ru).");
        assertThat(ok("search", "reviewed", "ПАЛУ", "--side", "ru")).contains("#2", "#3", "2 pairs match.");
    }
}
