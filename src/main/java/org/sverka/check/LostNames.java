package org.sverka.check;

import java.util.List;

/**
 * The names of one pair without a counterpart on the other side, and the source's weak names
 * ({@link WeakSourceNames}) that may have lost theirs.
 */
record LostNames(CheckedPair pair, List<NameExtractor.Word> source, List<NameExtractor.Word> target,
                 List<NameExtractor.Word> weakSource) {
}
