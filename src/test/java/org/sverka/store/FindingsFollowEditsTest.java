package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.sverka.store.SampleDocuments.english;
import static org.sverka.store.SampleDocuments.russian;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;
import org.sverka.model.Bead.Status;

/** After an edit, each stored finding still names the pair it was found on, or the pair its pair became. */
class FindingsFollowEditsTest {
    // english(): 3 sentences; russian(): 4 sentences
    private static final Bead ONE = Bead.automatic(0, 1, 0, 1, 0.9);
    private static final Bead TWO = Bead.automatic(1, 1, 1, 1, 0.8);
    private static final Bead THREE = Bead.automatic(2, 1, 2, 2, 0.3);
    private static final Bead ONE_AND_TWO = new Bead(0, 2, 0, 2, 1.0, Status.CONFIRMED);

    private final Store store = Store.inMemory();
    private final long talks = store.texts().create("talks", english(), russian()).id();

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void mergingPairsKeepsTheirFindingsOnTheMergedPairAndRenumbersTheLaterOnes() {
        alignWithAFindingOnEveryPair();

        store.edits().record(talks, "merge 1", new BeadSlice(0, List.of(ONE, TWO), List.of(ONE_AND_TWO)));

        assertThat(store.findings().all(talks)).extracting(FindingRecord::signature, FindingRecord::pairNumber)
                .containsExactly(tuple("on-one", 1), tuple("on-two", 1), tuple("on-three", 2));
    }

    @Test
    void undoingTheMergeMovesTheLaterFindingBack() {
        alignWithAFindingOnEveryPair();
        store.edits().record(talks, "merge 1", new BeadSlice(0, List.of(ONE, TWO), List.of(ONE_AND_TWO)));

        store.edits().undo(talks, store.edits().lastApplied(talks).orElseThrow(),
                new BeadSlice(0, List.of(ONE_AND_TWO), List.of(ONE, TWO)));

        assertThat(store.findings().all(talks)).extracting(FindingRecord::signature, FindingRecord::pairNumber)
                .containsExactly(tuple("on-one", 1), tuple("on-two", 1), tuple("on-three", 3));
    }

    @Test
    void splittingAPairMovesTheFindingsBehindIt() {
        store.alignments().replace(talks, List.of(ONE_AND_TWO, THREE));
        store.findings().replace(talks, List.of(finding(1, "on-merged"), finding(2, "on-three")));

        store.edits().record(talks, "split 1", new BeadSlice(0, List.of(ONE_AND_TWO), List.of(ONE, TWO)));

        assertThat(store.findings().all(talks)).extracting(FindingRecord::signature, FindingRecord::pairNumber)
                .containsExactly(tuple("on-merged", 1), tuple("on-three", 3));
    }

    @Test
    void confirmingAPairKeepsEveryFindingWhereItWas() {
        alignWithAFindingOnEveryPair();

        store.edits().record(talks, "confirm 2", new BeadSlice(1, List.of(TWO), List.of(TWO.withStatus(Status.CONFIRMED))));

        assertThat(store.findings().all(talks)).extracting(FindingRecord::pairNumber).containsExactly(1, 2, 3);
    }

    private void alignWithAFindingOnEveryPair() {
        store.alignments().replace(talks, List.of(ONE, TWO, THREE));
        store.findings().replace(talks, List.of(finding(1, "on-one"), finding(2, "on-two"), finding(3, "on-three")));
    }

    private static FindingRecord finding(int pair, String signature) {
        return new FindingRecord(pair, "NUMBERS", "ERROR", "The number 3 is missing from the translation.",
                List.of(), List.of(), signature);
    }
}
