package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.sverka.model.AlignedPair;
import org.sverka.model.Bead;

/**
 * The sentence alignment of each text: its beads in order, numbered from 1. Beads run forwards through
 * both documents without overlapping (gaps are allowed), which {@link #replace} checks.
 */
public final class AlignmentRepository {
    /** How many pairs {@link #forEachPair} reads at a time; bounds its memory use. */
    static final int PAGE_SIZE = 1000;

    private final Database database;

    AlignmentRepository(Database database) {
        this.database = database;
    }

    /**
     * Replaces the whole alignment of the text (automatic and confirmed beads alike) by {@code beads}, in one
     * transaction; re-aligning a text calls this.
     */
    public void replace(long textId, List<Bead> beads) {
        List<Bead> newBeads = List.copyOf(beads);
        database.inTransaction("store the alignment of text " + textId, connection -> {
            int[] counts = sentenceCounts(connection, textId);
            new BeadOrder(counts[0], counts[1], database.description(), textId).check(newBeads);
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM beads WHERE text_id = ?")) {
                delete.setLong(1, textId);
                delete.executeUpdate();
            }
            BeadTable.insert(connection, textId, newBeads);
            return null;
        });
    }

    /**
     * Marks pair {@code number} (1-based) of the text as confirmed by a person, or back to automatic.
     *
     * @return false when the text has no pair of that number
     */
    public boolean setStatus(long textId, int number, Bead.Status status) {
        Objects.requireNonNull(status, "status");
        return database.inTransaction("change the status of pair " + number + " of text " + textId, connection -> {
            sentenceCounts(connection, textId);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE beads SET status = ? WHERE text_id = ? AND number = ?")) {
                update.setString(1, status.name());
                update.setLong(2, textId);
                update.setInt(3, number);
                return update.executeUpdate() == 1;
            }
        });
    }

    /** All beads of the text in order; empty when it has not been aligned. */
    public List<Bead> beads(long textId) {
        return database.inTransaction("read the alignment of text " + textId, connection -> {
            sentenceCounts(connection, textId);
            return BeadTable.numbered(connection, textId, 1, Integer.MAX_VALUE);
        });
    }

    /**
     * Up to {@code count} pairs starting at pair number {@code fromNumber} (1-based), with the texts of their
     * sentences joined by single spaces.
     */
    public List<AlignedPair> page(long textId, int fromNumber, int count) {
        if (fromNumber < 1 || count < 0) {
            throw new IllegalArgumentException("fromNumber must be >= 1 and count >= 0: " + fromNumber + ", " + count);
        }
        return database.inSnapshot("read pairs of text " + textId, connection -> {
            sentenceCounts(connection, textId);
            return pairs(connection, textId, fromNumber, count);
        });
    }

    /**
     * Hands every pair of the text, in order, to {@code consumer}, reading {@link #PAGE_SIZE} pairs at a time
     * from one consistent snapshot, so that a book is exported without holding it in memory.
     */
    public void forEachPair(long textId, Consumer<AlignedPair> consumer) {
        Objects.requireNonNull(consumer, "consumer");
        database.inSnapshot("read the pairs of text " + textId, connection -> {
            sentenceCounts(connection, textId);
            int from = 1;
            List<AlignedPair> page;
            do {
                page = pairs(connection, textId, from, PAGE_SIZE);
                page.forEach(consumer);
                from += PAGE_SIZE;
            } while (page.size() == PAGE_SIZE);
            return null;
        });
    }

    /** Counts and means of the text's alignment. */
    public AlignmentStats stats(long textId) {
        String sql = "SELECT source_count, target_count, COUNT(*), SUM(confidence),"
                + " SUM(CASE WHEN status = 'CONFIRMED' THEN 1 ELSE 0 END)"
                + " FROM beads WHERE text_id = ? GROUP BY source_count, target_count ORDER BY source_count, target_count";
        return database.inTransaction("compute the alignment figures of text " + textId, connection -> {
            int[] counts = sentenceCounts(connection, textId);
            Map<String, Integer> types = new LinkedHashMap<>();
            int pairs = 0;
            int confirmed = 0;
            double confidence = 0;
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setLong(1, textId);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        types.put(rows.getInt(1) + "-" + rows.getInt(2), rows.getInt(3));
                        pairs += rows.getInt(3);
                        confidence += rows.getDouble(4);
                        confirmed += rows.getInt(5);
                    }
                }
            }
            return new AlignmentStats(counts[0], counts[1], pairs, types, pairs == 0 ? 0 : confidence / pairs, confirmed);
        });
    }

    private List<AlignedPair> pairs(Connection connection, long textId, int fromNumber, int count)
            throws SQLException {
        int toNumber = (int) Math.min(Integer.MAX_VALUE, (long) fromNumber + count);
        List<Bead> beads = BeadTable.numbered(connection, textId, fromNumber, toNumber);
        if (beads.isEmpty()) {
            return List.of();
        }
        // Empty sides are left out: their start may be anywhere and they need no sentence.
        int sourceFrom = beads.stream().filter(b -> b.sourceCount() > 0).mapToInt(Bead::sourceStart).min().orElse(0);
        int sourceTo = beads.stream().filter(b -> b.sourceCount() > 0).mapToInt(Bead::sourceEnd).max().orElse(0);
        int targetFrom = beads.stream().filter(b -> b.targetCount() > 0).mapToInt(Bead::targetStart).min().orElse(0);
        int targetTo = beads.stream().filter(b -> b.targetCount() > 0).mapToInt(Bead::targetEnd).max().orElse(0);
        String[] source = SentenceReader.window(connection,
                TextDocuments.documentId(connection, textId, Side.SOURCE, database.description()), sourceFrom, sourceTo);
        String[] target = SentenceReader.window(connection,
                TextDocuments.documentId(connection, textId, Side.TARGET, database.description()), targetFrom, targetTo);
        List<AlignedPair> pairs = new ArrayList<>(beads.size());
        for (int i = 0; i < beads.size(); i++) {
            Bead bead = beads.get(i);
            pairs.add(new AlignedPair(fromNumber + i,
                    join(source, bead.sourceStart() - sourceFrom, bead.sourceCount()),
                    join(target, bead.targetStart() - targetFrom, bead.targetCount()), bead));
        }
        return List.copyOf(pairs);
    }

    private static String join(String[] texts, int from, int count) {
        return count == 0 ? "" : String.join(" ", Arrays.asList(texts).subList(from, from + count));
    }

    /** Source and target sentence counts of the text, or {@link UnknownTextException}. */
    private int[] sentenceCounts(Connection connection, long textId) throws SQLException {
        String sql = "SELECT s.sentence_count, g.sentence_count FROM texts t"
                + " JOIN documents s ON s.id = t.source_document_id JOIN documents g ON g.id = t.target_document_id"
                + " WHERE t.id = ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, textId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new UnknownTextException(textId, database.description());
                }
                return new int[] {row.getInt(1), row.getInt(2)};
            }
        }
    }
}
