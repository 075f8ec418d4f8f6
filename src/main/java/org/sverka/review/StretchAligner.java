package org.sverka.review;

import java.util.List;

import org.sverka.model.Bead;
import org.sverka.model.Sentence;

/**
 * Aligns one stretch of a text. {@link AnchoredRealigner} hands it the sentences renumbered from 0
 * (paragraph numbers kept), both lists non-empty, and expects beads that cover both lists exactly once,
 * in order, with positions counted in those lists.
 */
@FunctionalInterface
public interface StretchAligner {
    List<Bead> align(List<Sentence> source, List<Sentence> target);
}
