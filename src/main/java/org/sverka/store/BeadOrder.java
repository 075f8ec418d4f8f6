package org.sverka.store;

import java.util.List;
import org.sverka.model.Bead;

/**
 * Checks that an alignment fits its text: beads move forwards through both documents, never overlap,
 * and stay within the documents' sentences. Gaps (sentences in no bead) are allowed.
 */
final class BeadOrder {
    private final int sourceSentences;
    private final int targetSentences;
    private final String database;
    private final long textId;

    BeadOrder(int sourceSentences, int targetSentences, String database, long textId) {
        this.sourceSentences = sourceSentences;
        this.targetSentences = targetSentences;
        this.database = database;
        this.textId = textId;
    }

    void check(List<Bead> beads) {
        int sourceEnd = 0;
        int targetEnd = 0;
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = beads.get(i);
            // An empty side (a 0-1 or 1-0 pair) holds no sentence, so its start cannot be out of place.
            boolean hasSource = bead.sourceCount() > 0;
            boolean hasTarget = bead.targetCount() > 0;
            if (hasSource && bead.sourceStart() < sourceEnd || hasTarget && bead.targetStart() < targetEnd) {
                throw refused(i + 1, bead, "it overlaps or precedes the pair before it");
            }
            if (hasSource && bead.sourceEnd() > sourceSentences || hasTarget && bead.targetEnd() > targetSentences) {
                throw refused(i + 1, bead, "the text has only " + sourceSentences + " source and "
                        + targetSentences + " target sentences");
            }
            sourceEnd = hasSource ? bead.sourceEnd() : sourceEnd;
            targetEnd = hasTarget ? bead.targetEnd() : targetEnd;
        }
    }

    private StoreException refused(int number, Bead bead, String reason) {
        return new StoreException("Cannot store the alignment of text " + textId + " in " + database + ": pair "
                + number + " (source " + bead.sourceStart() + "+" + bead.sourceCount() + ", target "
                + bead.targetStart() + "+" + bead.targetCount() + ") is out of place because " + reason
                + "; align the text again.");
    }
}
