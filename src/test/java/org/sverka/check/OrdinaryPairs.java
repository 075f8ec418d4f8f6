package org.sverka.check;

import java.util.ArrayList;
import java.util.List;

/** Faithful news sentences and their translations: the background that gives a text its length model in check tests. */
final class OrdinaryPairs {
    private static final String[][] TEXTS = {
            {"The committee met on Monday to discuss the budget.", "Комитет собрался в понедельник, чтобы обсудить бюджет."},
            {"Prices for fuel have risen sharply this winter.", "Цены на топливо этой зимой резко выросли."},
            {"The museum will reopen after a long renovation.", "Музей откроется после долгой реконструкции."},
            {"Several roads were closed because of the heavy snow.", "Из-за сильного снегопада были закрыты несколько дорог."},
            {"The river flooded several villages in the north.", "Река затопила несколько деревень на севере."},
            {"Fans waited outside the stadium for hours.", "Болельщики часами ждали у стадиона."},
    };

    private OrdinaryPairs() {
    }

    /** The first {@code count} pairs (at most six), numbered from 1, in a list the caller may extend. */
    static List<CheckedPair> first(int count) {
        List<CheckedPair> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            pairs.add(CheckedPair.of(i + 1, TEXTS[i][0], TEXTS[i][1]));
        }
        return pairs;
    }
}
