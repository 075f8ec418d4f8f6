package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import org.sverka.model.Bead;

/**
 * Makes one {@link EditEffect} on the caller's connection, after checking that the text still holds what
 * the effect expects; otherwise it throws and the caller's transaction rolls back. Only the changed slice
 * of beads is written, so an edit in a book does not rewrite the whole alignment. The last check's findings
 * are renumbered with their pairs.
 */
final class EditWriter {
    /** Pair numbers are moved out of the way through this offset, so the primary key never collides while shifting. */
    private static final int SHIFT = 1_000_000_000;

    private final Connection connection;
    private final long textId;
    private final String database;

    EditWriter(Connection connection, long textId, String database) {
        this.connection = connection;
        this.textId = textId;
        this.database = database;
    }

    void apply(EditEffect effect) throws SQLException {
        if (effect instanceof BeadSlice slice) {
            replace(slice);
        } else if (effect instanceof SentenceText text) {
            rewrite(text);
        }
    }

    private void replace(BeadSlice slice) throws SQLException {
        int first = slice.fromIndex() + 1;
        int end = first + slice.before().size();
        List<Bead> found = BeadTable.numbered(connection, textId, first, end);
        if (!found.equals(slice.before())) {
            throw changedMeanwhile("pairs " + first + "-" + (end - 1));
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM beads WHERE text_id = ? AND number >= ? AND number < ?")) {
            delete.setLong(1, textId);
            delete.setInt(2, first);
            delete.setInt(3, end);
            delete.executeUpdate();
        }
        int delta = slice.after().size() - slice.before().size();
        if (delta < 0) {
            // H2 updates rows in key order, so moving them down by one statement never hits a taken number.
            shift("UPDATE beads SET number = number + ? WHERE text_id = ? AND number >= ?", delta, end);
        } else if (delta > 0) {
            shift("UPDATE beads SET number = number + ? WHERE text_id = ? AND number >= ?", SHIFT + delta, end);
            shift("UPDATE beads SET number = number - ? WHERE text_id = ? AND number >= ?", SHIFT, SHIFT);
        }
        BeadTable.insertFrom(connection, textId, first, slice.after());
        moveFindings(first, end, first + slice.after().size());
    }

    private void shift(String sql, int by, int fromNumber) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(sql)) {
            update.setInt(1, by);
            update.setLong(2, textId);
            update.setInt(3, fromNumber);
            update.executeUpdate();
        }
    }

    /**
     * Keeps the last check's findings on their pairs: those behind the edit move with their pairs; those of
     * pairs the edit took away go to the last pair of the new slice, where listing shows them as changed
     * since the check (their texts no longer match), or are dropped when the slice is now empty.
     */
    private void moveFindings(int first, int end, int newEnd) throws SQLException {
        if (newEnd == first) {
            update("DELETE FROM findings WHERE text_id = ? AND pair_number >= ? AND pair_number < ?", first, end);
        } else if (newEnd < end) {
            update("UPDATE findings SET pair_number = " + (newEnd - 1) + " WHERE text_id = ? AND pair_number >= ? AND pair_number < ?",
                    newEnd, end);
        }
        if (newEnd != end) {
            // findings have their own key, so they shift in one statement whichever way
            shift("UPDATE findings SET pair_number = pair_number + ? WHERE text_id = ? AND pair_number >= ?", newEnd - end, end);
        }
    }

    private void update(String sql, int from, int to) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, textId);
            statement.setInt(2, from);
            statement.setInt(3, to);
            statement.executeUpdate();
        }
    }

    private void rewrite(SentenceText text) throws SQLException {
        long document = TextDocuments.documentId(connection, textId, text.side(), database);
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sentences SET content = ? WHERE document_id = ? AND position = ? AND content = ?")) {
            update.setString(1, text.after());
            update.setLong(2, document);
            update.setInt(3, text.index());
            update.setString(4, text.before());
            if (update.executeUpdate() != 1) {
                throw changedMeanwhile(text.side().name().toLowerCase(Locale.ROOT) + " sentence " + text.index());
            }
        }
    }

    private StoreException changedMeanwhile(String what) {
        return new StoreException("The " + what + " of text " + textId + " in " + database
                + " changed since they were read (another sverka process?); nothing was written, look again and retry.");
    }
}
