package org.sverka.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sverka.SverkaException;
import org.sverka.model.Bead;

class LadderFormatTest {
    @TempDir
    Path dir;

    @Test
    void parsesManyToManyAndOneSidedRungs() {
        Ladder ladder = LadderFormat.parse("[0, 1]:[2]\n[]:[3]\n[4]:[]\n", "test");
        assertThat(ladder.rungs()).containsExactly(
                new Ladder.Rung(List.of(0, 1), List.of(2)),
                new Ladder.Rung(List.of(), List.of(3)),
                new Ladder.Rung(List.of(4), List.of()));
    }

    @Test
    void writesTheVecalignSpelling() {
        Ladder ladder = Ladder.of(List.of(Bead.automatic(0, 2, 0, 1, 0.9), Bead.automatic(2, 0, 1, 1, 0.5)));
        assertThat(LadderFormat.format(ladder)).isEqualTo("[0, 1]:[0]\n[]:[1]\n");
    }

    @Test
    void roundTripsThroughAFile() {
        Ladder ladder = LadderFormat.parse("[0]:[0, 1]\n[1]:[2]\n[]:[3]\n[2, 3, 4]:[4]\n[5]:[]\n", "test");
        Path file = dir.resolve("out.ladder");
        LadderFormat.write(ladder, file);
        assertThat(LadderFormat.read(file)).isEqualTo(ladder);
    }

    @Test
    void emptyTextIsAnEmptyLadder() {
        assertThat(LadderFormat.parse("", "test").rungs()).isEmpty();
    }

    @Test
    void malformedLineIsReportedWithItsNumber() {
        assertThatThrownBy(() -> LadderFormat.parse("[0]:[0]\n[1]-[2]\n", "gold.txt"))
                .isInstanceOf(SverkaException.class).hasMessageContaining("line 2").hasMessageContaining("gold.txt");
        assertThatThrownBy(() -> LadderFormat.parse("[a]:[0]\n", "gold.txt")).isInstanceOf(SverkaException.class);
    }
}
