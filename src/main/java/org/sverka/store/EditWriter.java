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
        execute("DELETE FROM beads WHERE text_id = ? AND number >= ? AND number < ?", textId, first, end);
        int delta = slice.after().size() - slice.before().size();
        if (delta < 0) {
            // H2 updates rows in key order, so moving them down by one statement never hits a taken number.
            execute("UPDATE beads SET number = number + ? WHERE text_id = ? AND number >= ?", delta, textId, end);
        } else if (delta > 0) {
            execute("UPDATE beads SET number = number + ? WHERE text_id = ? AND number >= ?", SHIFT + delta, textId, end);
            execute("UPDATE beads SET number = number - ? WHERE text_id = ? AND number >= ?", SHIFT, textId, SHIFT);
        }
        BeadTable.insertFrom(connection, textId, first, slice.after());
        moveFindings(first, end, first + slice.after().size());
    }

    /**
     * Keeps the last check's findings on their pairs: those behind the edit move with their pairs; those of
     * pairs the edit took away go to the last pair of the new slice, where listing shows them as changed
     * since the check (their texts no longer match), or are dropped when the slice is now empty.
     */
    private void moveFindings(int first, int end, int newEnd) throws SQLException {
        if (newEnd == first) {
            execute("DELETE FROM findings WHERE text_id = ? AND pair_number >= ? AND pair_number < ?", textId, first, end);
        } else if (newEnd < end) {
            execute("UPDATE findings SET pair_number = ? WHERE text_id = ? AND pair_number >= ? AND pair_number < ?",
                    newEnd - 1, textId, newEnd, end);
        }
        if (newEnd != end) {
            // findings have their own key, so they shift in one statement whichever way
            execute("UPDATE findings SET pair_number = pair_number + ? WHERE text_id = ? AND pair_number >= ?",
                    newEnd - end, textId, end);
        }
    }

    private void execute(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int k = 0; k < values.length; k++) {
                statement.setObject(k + 1, values[k]);
            }
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
