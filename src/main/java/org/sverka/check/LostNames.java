package org.sverka.check;

import java.util.List;

/**
 * The names of one pair without a counterpart on the other side, the source's weak names
 * ({@link WeakSourceNames}) that may have lost theirs, and every capitalised source word, name or common word
 * (Games, Europe at the start of a sentence), that the translation gives no counterpart; {@code placed} are the lost
 * names of the translation that stand in the place of a word of a source name ({@link ReplacedNames}).
 */
record LostNames(CheckedPair pair, List<NameExtractor.Word> source, List<NameExtractor.Word> target,
                 List<NameExtractor.Word> weakSource, List<NameExtractor.Word> unrendered,
                 List<NameExtractor.Word> placed) {
}
