package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sverka.align.ParagraphMarksTest.inParagraphs;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphCuesTest {
    private static final List<BeadShape> SHAPES = List.of(new BeadShape(1, 1, 0.9), new BeadShape(1, 0, 0.05),
            new BeadShape(0, 1, 0.05));

    /** A path of n 1-1 beads. */
    private static BeadSearch.Path diagonal(int n) {
        int[] cells = new int[n + 1];
        for (int k = 0; k <= n; k++) {
            cells[k] = k;
        }
        return new BeadSearch.Path(cells, cells.clone(), new int[n]);
    }

    @Test
    void marksThatAgreeOnThePathMakeEveryDisagreementCost() {
        ParagraphMarks marks = new ParagraphMarks(inParagraphs(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5));
        ParagraphCues cues = ParagraphCues.learned(marks, marks, diagonal(12), SHAPES);

        assertThat(cues.sourceOnlyCost()).isPositive();
        assertThat(cues.targetOnlyCost()).isPositive();
        assertThat(cues.cost(2, 1, 2, 1)).isZero();
        assertThat(cues.cost(2, 1, 3, 1)).isEqualTo(cues.sourceOnlyCost());
        assertThat(cues.cost(3, 1, 2, 1)).isEqualTo(cues.targetOnlyCost());
    }

    @Test
    void aBreakInsideTheBeadCostsOnOneSideAndOnBoth() {
        ParagraphMarks marks = new ParagraphMarks(inParagraphs(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5));
        ParagraphCues cues = ParagraphCues.learned(marks, marks, diagonal(12), SHAPES);

        assertThat(cues.cost(0, 2, 0, 2)).isZero();
        assertThat(cues.cost(0, 3, 0, 2)).isEqualTo(cues.sourceOnlyCost());
        assertThat(cues.cost(2, 4, 2, 4)).isEqualTo(cues.sourceOnlyCost() / 2 + cues.targetOnlyCost() / 2);
    }

    @Test
    void startsThatNeverCoincideCostNothing() {
        ParagraphMarks source = new ParagraphMarks(inParagraphs(0, 0, 1, 1, 2, 2, 3, 3, 4, 4));
        ParagraphMarks target = new ParagraphMarks(inParagraphs(0, 1, 1, 2, 2, 3, 3, 4, 4, 5));
        ParagraphCues cues = ParagraphCues.learned(source, target, diagonal(10), SHAPES);

        assertThat(cues.isFree()).isTrue();
        assertThat(cues.cost(2, 1, 2, 1)).isZero();
    }

    @Test
    void aSideWithoutMarksMakesTheCuesFree() {
        ParagraphMarks marked = new ParagraphMarks(inParagraphs(0, 0, 1, 1, 2, 2));
        ParagraphMarks onePerLine = new ParagraphMarks(inParagraphs(0, 1, 2, 3, 4, 5));
        ParagraphMarks oneParagraph = new ParagraphMarks(inParagraphs(0, 0, 0, 0, 0, 0));

        assertThat(ParagraphCues.learned(marked, onePerLine, diagonal(6), SHAPES).isFree()).isTrue();
        assertThat(ParagraphCues.learned(oneParagraph, marked, diagonal(6), SHAPES).isFree()).isTrue();
        assertThat(ParagraphCues.none().cost(0, 1, 0, 1)).isZero();
    }
}
