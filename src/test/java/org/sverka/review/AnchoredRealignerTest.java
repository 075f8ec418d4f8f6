package org.sverka.review;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sverka.model.Bead;
import org.sverka.model.Sentence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AnchoredRealignerTest {

    /** Aligns a stretch 1-1 as far as both sides go, then 1-0 or 0-1; remembers every stretch it got. */
    private static final class RecordingAligner implements StretchAligner {
        final List<List<String>> sourceStretches = new ArrayList<>();
        final List<List<String>> targetStretches = new ArrayList<>();
        final List<List<Integer>> indexes = new ArrayList<>();

        @Override
        public List<Bead> align(List<Sentence> source, List<Sentence> target) {
            sourceStretches.add(source.stream().map(Sentence::text).toList());
            targetStretches.add(target.stream().map(Sentence::text).toList());
            indexes.add(source.stream().map(Sentence::index).toList());
            List<Bead> beads = new ArrayList<>();
            int common = Math.min(source.size(), target.size());
            for (int i = 0; i < common; i++) {
                beads.add(Bead.automatic(i, 1, i, 1, 0.7));
            }
            for (int i = common; i < source.size(); i++) {
                beads.add(Bead.automatic(i, 1, common, 0, 0.3));
            }
            for (int j = common; j < target.size(); j++) {
                beads.add(Bead.automatic(source.size(), 0, j, 1, 0.3));
            }
            return beads;
        }
    }

    private static List<Sentence> sentences(String prefix, int count) {
        List<Sentence> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(new Sentence(i, 0, prefix + i));
        }
        return out;
    }

    @Test
    void keepsConfirmedRealPairsAndRealignsOnlyTheStretchesBetweenThem() {
        NewsSample sample = NewsSample.load();
        List<Bead> edited = PairEdits.merge(sample.beads, 10).apply(sample.beads);
        edited = PairEdits.confirm(edited, 20, 21).apply(edited);
        RecordingAligner aligner = new RecordingAligner();

        List<Bead> result = new AnchoredRealigner(aligner).realign(edited, sample.source, sample.target);

        BeadListInvariant.check(result, NewsSample.LINES, NewsSample.LINES);
        List<Bead> confirmedBefore = edited.stream().filter(Bead::isConfirmed).toList();
        assertThat(result.stream().filter(Bead::isConfirmed).toList()).isEqualTo(confirmedBefore);
        assertThat(aligner.sourceStretches).hasSize(3);
        assertThat(aligner.sourceStretches.get(0)).hasSize(9).first().isEqualTo(sample.source.get(0).text());
        assertThat(aligner.targetStretches.get(1)).hasSize(9).first().isEqualTo(sample.target.get(11).text());
        assertThat(aligner.sourceStretches.get(2)).hasSize(8).last().isEqualTo(sample.source.get(29).text());
    }

    @Test
    void handsTheAlignerSentencesNumberedFromZeroAndShiftsItsBeadsBack() {
        List<Bead> beads = List.of(new Bead(0, 2, 0, 1, 1.0, Bead.Status.CONFIRMED),
                Bead.automatic(2, 2, 1, 1, 0.4), Bead.automatic(4, 1, 2, 2, 0.4));
        RecordingAligner aligner = new RecordingAligner();
        List<Bead> result = new AnchoredRealigner(aligner).realign(beads, sentences("s", 5), sentences("t", 4));
        assertThat(aligner.indexes).containsExactly(List.of(0, 1, 2));
        assertThat(aligner.sourceStretches).containsExactly(List.of("s2", "s3", "s4"));
        assertThat(result).containsExactly(beads.get(0), Bead.automatic(2, 1, 1, 1, 0.7),
                Bead.automatic(3, 1, 2, 1, 0.7), Bead.automatic(4, 1, 3, 1, 0.7));
    }

    @Test
    void doesNotCallTheAlignerForAStretchWithAnEmptySide() {
        List<Bead> beads = List.of(new Bead(0, 1, 0, 1, 1.0, Bead.Status.CONFIRMED),
                Bead.automatic(1, 2, 1, 0, 0.6), new Bead(3, 1, 1, 1, 1.0, Bead.Status.CONFIRMED));
        RecordingAligner aligner = new RecordingAligner();
        List<Bead> result = new AnchoredRealigner(aligner).realign(beads, sentences("s", 4), sentences("t", 2));
        assertThat(aligner.sourceStretches).isEmpty();
        assertThat(result).containsExactly(beads.get(0), Bead.automatic(1, 1, 1, 0, AnchoredRealigner.UNMATCHED),
                Bead.automatic(2, 1, 1, 0, AnchoredRealigner.UNMATCHED), beads.get(2));
    }

    @Test
    void realignsEverythingWhenNothingIsConfirmed() {
        RecordingAligner aligner = new RecordingAligner();
        List<Bead> result = new AnchoredRealigner(aligner)
                .realign(List.of(Bead.automatic(0, 3, 0, 2, 0.2)), sentences("s", 3), sentences("t", 2));
        assertThat(aligner.sourceStretches).containsExactly(List.of("s0", "s1", "s2"));
        assertThat(Beads.types(result)).containsExactly("1-1", "1-1", "1-0");
    }

    @Test
    void anEmptyTextGivesAnEmptyList() {
        RecordingAligner aligner = new RecordingAligner();
        assertThat(new AnchoredRealigner(aligner).realign(List.of(), List.of(), List.of())).isEmpty();
        assertThat(aligner.sourceStretches).isEmpty();
    }

    @Test
    void refusesAlignerOutputThatLosesASentence() {
        StretchAligner lossy = (source, target) -> List.of(Bead.automatic(0, 1, 0, 1, 0.9));
        List<Bead> beads = Beads.of("2-2");
        assertThatThrownBy(() -> new AnchoredRealigner(lossy).realign(beads, sentences("s", 2), sentences("t", 2)))
                .isInstanceOf(BrokenBeadListException.class)
                .hasMessage("The aligner returned pairs that do not cover source sentences 0-1 and target sentences 0-1"
                        + " exactly once in order; the alignment was left as it was. Report this as a bug.");
    }

    @Test
    void refusesBeadsThatDoNotFitTheSentences() {
        assertThatThrownBy(() -> new AnchoredRealigner(new RecordingAligner())
                .realign(Beads.of("1-1"), sentences("s", 2), sentences("t", 1)))
                .isInstanceOf(BrokenBeadListException.class);
    }
}
