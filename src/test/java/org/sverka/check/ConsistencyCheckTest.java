package org.sverka.check;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ConsistencyCheckTest {
    @Test
    void reportsSourcesWithMoreThanOneTranslationAcrossADatabase() {
        Map<String, List<String>> translations = Map.of(
                "Please close the door behind you.", List.of("Закрывайте дверь.", "закрывайте  дверь.", "Закройте окно."),
                "The meeting is cancelled today.", List.of("Встреча сегодня отменена."));
        assertThat(ConsistencyCheck.inconsistent(translations))
                .containsOnly(Map.entry("Please close the door behind you.", Set.of("Закрывайте дверь.", "Закройте окно.")));
    }

    @Test
    void leavesShortSegmentsAlone() {
        assertThat(ConsistencyCheck.inconsistent(Map.of("Yes.", List.of("Да.", "Хорошо.")))).isEmpty();
    }
}
