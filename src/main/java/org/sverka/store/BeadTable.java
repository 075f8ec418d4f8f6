package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.sverka.model.Bead;

/** Reads and writes rows of the beads table on the caller's connection. */
final class BeadTable {
    private static final int BATCH_SIZE = 1000;

    private BeadTable() {
    }

    /** Beads numbered from {@code fromNumber} (inclusive) to {@code toNumber} (exclusive), in order. */
    static List<Bead> numbered(Connection connection, long textId, int fromNumber, int toNumber)
            throws SQLException {
        String sql = "SELECT source_start, source_count, target_start, target_count, confidence, status FROM beads"
                + " WHERE text_id = ? AND number >= ? AND number < ? ORDER BY number";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, textId);
            query.setInt(2, fromNumber);
            query.setInt(3, toNumber);
            try (ResultSet rows = query.executeQuery()) {
                List<Bead> beads = new ArrayList<>();
                while (rows.next()) {
                    beads.add(new Bead(rows.getInt(1), rows.getInt(2), rows.getInt(3), rows.getInt(4),
                            rows.getDouble(5), Bead.Status.valueOf(rows.getString(6))));
                }
                return List.copyOf(beads);
            }
        }
    }

    static void insert(Connection connection, long textId, List<Bead> beads) throws SQLException {
        insertFrom(connection, textId, 1, beads);
    }

    /** Inserts {@code beads} numbered from {@code firstNumber}. */
    static void insertFrom(Connection connection, long textId, int firstNumber, List<Bead> beads) throws SQLException {
        String sql = "INSERT INTO beads (text_id, number, source_start, source_count, target_start, target_count,"
                + " confidence, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (int i = 0; i < beads.size(); i++) {
                Bead bead = beads.get(i);
                insert.setLong(1, textId);
                insert.setInt(2, firstNumber + i);
                insert.setInt(3, bead.sourceStart());
                insert.setInt(4, bead.sourceCount());
                insert.setInt(5, bead.targetStart());
                insert.setInt(6, bead.targetCount());
                insert.setDouble(7, bead.confidence());
                insert.setString(8, bead.status().name());
                insert.addBatch();
                if ((i + 1) % BATCH_SIZE == 0 || i + 1 == beads.size()) {
                    insert.executeBatch();
                }
            }
        }
    }
}
