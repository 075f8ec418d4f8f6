package org.sverka.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.align.SentenceAligner;
import org.sverka.dictionary.BilingualDictionary;
import org.sverka.importer.DocumentImporter;
import org.sverka.model.Bead;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;
import org.sverka.pipeline.BilingualPipeline;
import org.sverka.review.BeadListInvariant;
import org.sverka.review.Side;
import org.sverka.store.Store;

/**
 * Aligning a text again keeps what the reviewer confirmed and realigns only the rest. The real aligner
 * runs here, so the expectations are what holds for any aligner: confirmed beads unchanged, the bead list
 * valid, and each stretch between anchors aligned on its own by that same aligner.
 */
class WorkbenchAlignTest {
    private static final String NAME = QuakeStory.NAME;

    @TempDir
    Path dir;
    private Store store;
    private SentenceAligner aligner;
    private Workbench workbench;
    private Corrections corrections;

    @BeforeEach
    void open() {
        store = Store.open(dir.resolve("db"));
        aligner = new SentenceAligner();
        workbench = new Workbench(store, new BilingualPipeline(new DocumentImporter(), aligner));
        corrections = new Corrections(workbench);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private List<Bead> beads() {
        return store.alignments().beads(workbench.text(NAME).id());
    }

    /** The beads the aligner gives for source sentences [sourceFrom, sourceTo) and target [targetFrom, targetTo) alone. */
    private List<Bead> stretchAlignedAlone(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
        long id = workbench.text(NAME).id();
        List<Sentence> source = renumbered(store.texts().sentences(id, org.sverka.store.Side.SOURCE).subList(sourceFrom, sourceTo));
        List<Sentence> target = renumbered(store.texts().sentences(id, org.sverka.store.Side.TARGET).subList(targetFrom, targetTo));
        return aligner.align(source, Locale.ENGLISH, target, QuakeStory.RUSSIAN, Progress.NONE).stream()
                .map(bead -> new Bead(bead.sourceStart() + sourceFrom, bead.sourceCount(), bead.targetStart() + targetFrom,
                        bead.targetCount(), bead.confidence(), bead.status()))
                .toList();
    }

    private static List<Sentence> renumbered(List<Sentence> sentences) {
        List<Sentence> out = new ArrayList<>();
        for (Sentence sentence : sentences) {
            out.add(new Sentence(out.size(), sentence.paragraph(), sentence.text()));
        }
        return out;
    }

    @Test
    void confirmedPairsStayExactlyAsTheReviewerLeftThem() throws Exception {
        QuakeStory.importWithOneMistake(workbench, dir);
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.merge(NAME, 20);
        List<Bead> reviewed = beads().stream().filter(Bead::isConfirmed).toList();
        assertThat(reviewed).hasSize(3);

        List<Bead> realigned = workbench.align(NAME, Progress.NONE);

        assertThat(realigned.stream().filter(Bead::isConfirmed).toList()).isEqualTo(reviewed);
        assertThat(realigned).containsSubsequence(reviewed);
        BeadListInvariant.check(realigned, QuakeStory.SOURCE_SENTENCES, QuakeStory.TARGET_SENTENCES);
        assertThat(beads()).isEqualTo(realigned);
    }

    @Test
    void theStretchesBetweenAnchorsAreAlignedAgain() throws Exception {
        QuakeStory.importWithOneMistake(workbench, dir);
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.merge(NAME, 3);
        corrections.unconfirm(NAME, 3, 3);
        assertThat(beads().get(2)).extracting(Bead::type, Bead::isConfirmed).containsExactly("2-2", false);
        List<Bead> anchors = beads().stream().filter(Bead::isConfirmed).toList();
        assertThat(anchors).containsExactly(new Bead(7, 1, 7, 0, 1.0, Bead.Status.CONFIRMED),
                new Bead(8, 1, 7, 1, 1.0, Bead.Status.CONFIRMED));

        List<Bead> realigned = workbench.align(NAME, Progress.NONE);

        List<Bead> expected = new ArrayList<>(stretchAlignedAlone(0, 7, 0, 7));
        expected.addAll(anchors);
        expected.addAll(stretchAlignedAlone(9, QuakeStory.SOURCE_SENTENCES, 8, QuakeStory.TARGET_SENTENCES));
        assertThat(realigned).isEqualTo(expected);
        BeadListInvariant.check(realigned, QuakeStory.SOURCE_SENTENCES, QuakeStory.TARGET_SENTENCES);
    }

    @Test
    void aligningAgainCanBeUndone() throws Exception {
        QuakeStory.importWithOneMistake(workbench, dir);
        corrections.detach(NAME, 8, Side.SOURCE, 7);
        corrections.merge(NAME, 3);
        corrections.unconfirm(NAME, 3, 3);
        List<Bead> beforeAlign = beads();
        List<Bead> realigned = workbench.align(NAME, Progress.NONE);
        assertThat(realigned).as("aligning again must change the hand-built beads for undo to have work").isNotEqualTo(beforeAlign);

        EditOutcome undone = corrections.undo(NAME);

        assertThat(undone.description()).isEqualTo("undid: align again");
        assertThat(beads()).isEqualTo(beforeAlign);
    }

    @Test
    void aDictionaryGivenToAlignIsUsedAsTheAlignersEvidence() throws Exception {
        QuakeStory.importText(workbench, dir);
        long id = workbench.text(NAME).id();
        BilingualDictionary words = new BilingualDictionary(List.of(new BilingualDictionary.Entry("earthquake", "землетрясение"),
                new BilingualDictionary.Entry("city", "город"), new BilingualDictionary.Entry("people", "люди")));

        List<Bead> aligned = workbench.align(NAME, words, Progress.NONE);

        assertThat(aligned).isEqualTo(aligner.withDictionary(words).align(store.texts().sentences(id, org.sverka.store.Side.SOURCE),
                Locale.ENGLISH, store.texts().sentences(id, org.sverka.store.Side.TARGET), QuakeStory.RUSSIAN, Progress.NONE));
        assertThat(beads()).isEqualTo(aligned);
    }

    @Test
    void withoutConfirmedPairsTheWholeTextIsAlignedAgain() throws Exception {
        QuakeStory.importAligned(workbench, dir);
        List<Bead> first = beads();
        assertThat(first).isEqualTo(stretchAlignedAlone(0, QuakeStory.SOURCE_SENTENCES, 0, QuakeStory.TARGET_SENTENCES));

        List<Bead> again = workbench.align(NAME, Progress.NONE);

        assertThat(again).isEqualTo(first);
        assertThat(store.edits().list(workbench.text(NAME).id())).isEmpty();
    }

    @Test
    void withoutConfirmedPairsTheReviewersStartingPointIsReplacedByTheAlignersWholeText() throws Exception {
        QuakeStory.importWithOneMistake(workbench, dir);

        List<Bead> realigned = workbench.align(NAME, Progress.NONE);

        assertThat(realigned).isEqualTo(stretchAlignedAlone(0, QuakeStory.SOURCE_SENTENCES, 0, QuakeStory.TARGET_SENTENCES));
        assertThat(beads()).isEqualTo(realigned);
        assertThat(corrections.history(NAME)).containsExactly("align again");
    }
}
