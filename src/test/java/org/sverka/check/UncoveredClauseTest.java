package org.sverka.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** LENGTH_RATIO with the user's dictionary: a dropped phrase is named and marked in the source. */
class UncoveredClauseTest {
    private static final String SOURCE = "The national disaster agency spokesman said officials were assessing the situation in Palu.";
    private static final CheckContext PLAIN = new CheckContext(TestDictionary.EN, TestDictionary.RU);
    private static final CheckContext WITH_DICTIONARY = PLAIN.withTranslations(TestDictionary.translations());

    @Test
    void aDroppedPhraseThatLengthAloneLetsPassIsAWarningNamingIt() {
        List<CheckedPair> pairs = text(SOURCE, "Как сообщили в пятницу, руководство оценивает ситуацию в Палу.");

        assertThat(new LengthRatioCheck().check(pairs, PLAIN)).isEmpty();
        Finding finding = new LengthRatioCheck().check(pairs, WITH_DICTIONARY).get(0);
        assertThat(finding.severity()).isEqualTo(Severity.WARNING);
        assertThat(finding.message()).endsWith("part may be missing: \"national disaster agency spokesman\"");
        assertThat(finding.sourceSpans()).extracting(s -> s.of(SOURCE)).containsExactly("national disaster agency spokesman");
    }

    @Test
    void aFaithfulTranslationStaysQuiet() {
        List<CheckedPair> pairs = text(SOURCE, "Представитель национального управления по ликвидации последствий бедствий "
                + "сообщил, что руководство оценивает ситуацию в Палу.");

        assertThat(new LengthRatioCheck().check(pairs, WITH_DICTIONARY)).isEmpty();
    }

    @Test
    void aShortRenderingWhoseUncoveredWordsAreScatteredNamesNoPart() {
        String source = "Fans waited for hours outside the stadium as heavy snow closed the roads to the north.";
        List<CheckedPair> pairs = text(source, "Болельщики ждали у стадиона: снегопад закрыл дороги.");

        assertThat(new LengthRatioCheck().check(pairs, WITH_DICTIONARY)).isEqualTo(new LengthRatioCheck().check(pairs, PLAIN))
                .singleElement().extracting(Finding::sourceSpans).asList().isEmpty();
    }

    @Test
    void aTextTheDictionaryHardlyFollowsGivesItNoSay() {
        UncoveredClause clause = new UncoveredClause(TestDictionary.translations(), new UncoveredClause.Config(),
                List.of(CheckedPair.of(1, "The spokesman of the agency met the committee.", "Всё прошло хорошо.")));
        String target = "Как сообщили в пятницу, руководство оценивает ситуацию в Палу.";

        assertThat(clause.in(SOURCE, target, LengthModel.of(text(SOURCE, target)))).isEmpty();
    }

    /** The text of {@link LengthRatioCheck}'s example, faithful news sentences, followed by one more pair. */
    private static List<CheckedPair> text(String source, String target) {
        List<CheckedPair> pairs = new ArrayList<>(new LengthRatioCheck().example().background());
        pairs.add(CheckedPair.of(pairs.size() + 1, source, target));
        return pairs;
    }
}
