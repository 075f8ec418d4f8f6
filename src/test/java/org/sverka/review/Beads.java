package org.sverka.review;

import java.util.ArrayList;
import java.util.List;

import org.sverka.model.Bead;

/** Small hand-built bead lists written as types, for example {@code of("1-1", "2-1", "0-1")}. */
final class Beads {
    private Beads() {
    }

    /** Automatic beads of the given types, laid end to end from sentence 0, confidence 0.8. */
    static List<Bead> of(String... types) {
        List<Bead> beads = new ArrayList<>();
        int source = 0;
        int target = 0;
        for (String type : types) {
            String[] counts = type.split("-");
            int s = Integer.parseInt(counts[0]);
            int t = Integer.parseInt(counts[1]);
            beads.add(Bead.automatic(source, s, target, t, 0.8));
            source += s;
            target += t;
        }
        return List.copyOf(beads);
    }

    static int sources(List<Bead> beads) {
        return beads.stream().mapToInt(Bead::sourceCount).sum();
    }

    static int targets(List<Bead> beads) {
        return beads.stream().mapToInt(Bead::targetCount).sum();
    }

    static List<String> types(List<Bead> beads) {
        return beads.stream().map(Bead::type).toList();
    }
}
