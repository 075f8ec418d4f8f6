package org.sverka.store;

import java.util.ArrayList;
import java.util.List;
import org.sverka.store.FindingRecord.Range;

/** Writes finding ranges as "start-end;start-end" for one column, and reads them back. */
final class RangeText {
    private RangeText() {
    }

    static String format(List<Range> ranges) {
        StringBuilder text = new StringBuilder();
        for (Range range : ranges) {
            text.append(text.length() == 0 ? "" : ";").append(range.start()).append('-').append(range.end());
        }
        return text.toString();
    }

    static List<Range> parse(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(";")) {
            int dash = part.indexOf('-');
            ranges.add(new Range(Integer.parseInt(part.substring(0, dash)), Integer.parseInt(part.substring(dash + 1))));
        }
        return List.copyOf(ranges);
    }
}
