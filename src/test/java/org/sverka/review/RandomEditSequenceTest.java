package org.sverka.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;
import org.sverka.model.Sentence;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property: random sequences of review edits (valid and invalid arguments alike) on random valid bead
 * lists never break the invariant, every change survives encode/decode, and undoing all of them gives
 * back the original list. Seeds are fixed, so a failure names a reproducible case.
 */
class RandomEditSequenceTest {
    private static final String[] TYPES = {"1-1", "1-1", "1-1", "1-1", "1-0", "0-1", "2-1", "1-2", "2-2", "3-1"};
    private static final String[] OPERATIONS = {"merge", "split", "moveSourceToNext", "moveSourceToPrevious",
        "moveTargetToNext", "moveTargetToPrevious", "detachSource", "detachTarget", "confirm", "unconfirm", "realign"};
    private static final StretchAligner ONE_TO_ONE = (source, target) -> {
        List<Bead> beads = new ArrayList<>();
        int common = Math.min(source.size(), target.size());
        for (int i = 0; i < common - 1; i++) {
            beads.add(Bead.automatic(i, 1, i, 1, 0.6));
        }
        beads.add(Bead.automatic(common - 1, source.size() - common + 1, common - 1, target.size() - common + 1, 0.3));
        return beads;
    };

    private final Map<String, Integer> accepted = new TreeMap<>();
    private final Map<String, Integer> refused = new TreeMap<>();

    @Test
    void randomEditsKeepTheInvariantAndUndoingAllRestoresTheOriginal() {
        for (long seed = 1; seed <= 300; seed++) {
            Random random = new Random(seed);
            List<Bead> original = randomBeads(random, 1 + random.nextInt(25));
            int sources = Beads.sources(original);
            int targets = Beads.targets(original);
            List<Bead> beads = original;
            EditHistory history = new EditHistory();
            for (int step = 0; step < 40; step++) {
                String operation = OPERATIONS[random.nextInt(OPERATIONS.length)];
                try {
                    BeadChange change = edit(operation, beads, random, sources, targets);
                    BeadChange stored = BeadChange.decode(change.encode());
                    assertThat(stored).as("seed %d step %d %s", seed, step, operation).isEqualTo(change);
                    beads = stored.apply(beads);
                    history = history.record(stored);
                    accepted.merge(operation, 1, Integer::sum);
                } catch (ReviewRefusedException refusal) {
                    assertThat(refusal.getMessage()).isNotBlank().doesNotContain("null");
                    refused.merge(operation, 1, Integer::sum);
                }
                assertThat(BeadListInvariant.holds(beads, sources, targets))
                        .as("seed %d step %d after %s: %s", seed, step, operation, beads).isTrue();
            }
            List<Bead> edited = beads;
            while (history.canUndo()) {
                EditHistory.Step step = history.undo(beads);
                beads = step.beads();
                history = step.history();
            }
            assertThat(beads).as("seed %d undo all", seed).isEqualTo(original);
            while (history.canRedo()) {
                EditHistory.Step step = history.redo(beads);
                beads = step.beads();
                history = step.history();
            }
            assertThat(beads).as("seed %d redo all", seed).isEqualTo(edited);
        }
        assertThat(accepted).as("accepted %s, refused %s", accepted, refused).containsOnlyKeys(OPERATIONS);
        assertThat(refused.keySet()).as("refused %s", refused).containsAll(List.of("merge", "split", "detachSource",
                "moveSourceToNext", "moveTargetToPrevious"));
    }

    private static BeadChange edit(String operation, List<Bead> beads, Random random, int sources, int targets) {
        int pair = random.nextInt(beads.size() + 2) - 1 + (random.nextBoolean() ? 1 : 0);
        Bead bead = beads.get(Math.max(0, Math.min(beads.size() - 1, pair - 1)));
        return switch (operation) {
            case "merge" -> PairEdits.merge(beads, pair);
            case "split" -> PairEdits.split(beads, pair, random.nextInt(bead.sourceCount() + 2) - (random.nextInt(8) == 0 ? 1 : 0),
                    random.nextInt(bead.targetCount() + 2));
            case "moveSourceToNext" -> SentenceMoves.moveSourceToNext(beads, pair);
            case "moveSourceToPrevious" -> SentenceMoves.moveSourceToPrevious(beads, pair);
            case "moveTargetToNext" -> SentenceMoves.moveTargetToNext(beads, pair);
            case "moveTargetToPrevious" -> SentenceMoves.moveTargetToPrevious(beads, pair);
            case "detachSource" -> SentenceMoves.detachSource(beads, pair, bead.sourceStart() + random.nextInt(bead.sourceCount() + 1));
            case "detachTarget" -> SentenceMoves.detachTarget(beads, pair, bead.targetStart() + random.nextInt(bead.targetCount() + 1));
            case "confirm" -> PairEdits.confirm(beads, pair, pair + random.nextInt(4) - 1);
            case "unconfirm" -> PairEdits.unconfirm(beads, pair, pair + random.nextInt(3));
            case "realign" -> realign(beads, sources, targets);
            default -> throw new IllegalStateException(operation);
        };
    }

    private static BeadChange realign(List<Bead> beads, int sources, int targets) {
        List<Bead> result = new AnchoredRealigner(ONE_TO_ONE).realign(beads, sentences(sources), sentences(targets));
        assertThat(result.stream().filter(Bead::isConfirmed).toList())
                .isEqualTo(beads.stream().filter(Bead::isConfirmed).toList());
        return BeadChange.between("realign", beads, result);
    }

    private static List<Sentence> sentences(int count) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Sentence(i, 0, "sentence " + i));
        }
        return out;
    }

    private static List<Bead> randomBeads(Random random, int size) {
        String[] types = new String[size];
        for (int i = 0; i < size; i++) {
            types[i] = TYPES[random.nextInt(TYPES.length)];
        }
        List<Bead> beads = new ArrayList<>();
        for (Bead bead : Beads.of(types)) {
            double confidence = random.nextInt(101) / 100.0;
            beads.add(new Bead(bead.sourceStart(), bead.sourceCount(), bead.targetStart(), bead.targetCount(), confidence,
                    random.nextInt(4) == 0 ? Bead.Status.CONFIRMED : Bead.Status.AUTOMATIC));
        }
        return List.copyOf(beads);
    }
}
