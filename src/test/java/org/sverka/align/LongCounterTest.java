package org.sverka.align;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LongCounterTest {

    @Test
    void countsEveryKeyThroughGrowth() {
        LongCounter counter = new LongCounter();
        for (int s = 0; s < 300; s++) {
            for (int t = 0; t < 20; t++) {
                counter.increment(WordLinks.key(s, t));
                if (t % 2 == 0) {
                    counter.increment(WordLinks.key(s, t));
                }
            }
        }
        assertThat(counter.get(WordLinks.key(17, 4))).isEqualTo(2);
        assertThat(counter.get(WordLinks.key(299, 19))).isEqualTo(1);
        assertThat(counter.get(WordLinks.key(300, 0))).isZero();
        List<Long> keys = new ArrayList<>();
        counter.forEachKey(keys::add);
        assertThat(keys).hasSize(6000).doesNotHaveDuplicates();
    }
}
