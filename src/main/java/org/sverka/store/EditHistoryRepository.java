package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Each text's edit history, kept so that undo and redo survive a restart. Every method that writes makes
 * the edit's {@link EditEffect} and moves the history in one transaction, so the two never get out of
 * step; each first checks that the history is still as the caller read it.
 */
public final class EditHistoryRepository {
    private static final String SELECT = "SELECT position, change, undone FROM edits WHERE text_id = ?";

    private final Database database;
    private final Clock clock;

    EditHistoryRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every edit of the text, undone ones included, in the order they were made. */
    public List<StoredEdit> list(long textId) {
        return read(textId, SELECT + " ORDER BY position");
    }

    /** The edit an undo would take back. */
    public Optional<StoredEdit> lastApplied(long textId) {
        return first(read(textId, SELECT + " AND NOT undone ORDER BY position DESC LIMIT 1"));
    }

    /** The edit a redo would make again. */
    public Optional<StoredEdit> firstUndone(long textId) {
        return first(read(textId, SELECT + " AND undone ORDER BY position LIMIT 1"));
    }

    /** Makes {@code effect} and appends {@code change} to the history, dropping the undone edits. */
    public void record(long textId, String change, EditEffect effect) {
        Objects.requireNonNull(change, "change");
        Objects.requireNonNull(effect, "effect");
        database.inTransaction("record an edit of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            execute(connection, "DELETE FROM edits WHERE text_id = ? AND undone", textId);
            int position;
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT COALESCE(MAX(position) + 1, 0) FROM edits WHERE text_id = ?")) {
                query.setLong(1, textId);
                try (ResultSet row = query.executeQuery()) {
                    row.next();
                    position = row.getInt(1);
                }
            }
            new EditWriter(connection, textId, database.description()).apply(effect);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO edits (text_id, position, change, undone, made_at) VALUES (?, ?, ?, FALSE, ?)")) {
                insert.setLong(1, textId);
                insert.setInt(2, position);
                insert.setString(3, change);
                insert.setObject(4, clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                insert.executeUpdate();
            }
            return null;
        });
    }

    /** Makes {@code effect} (which takes {@code edit} back) and marks {@code edit}, the last applied one, undone. */
    public void undo(long textId, StoredEdit edit, EditEffect effect) {
        move(textId, edit, effect, true);
    }

    /** Makes {@code effect} (which makes {@code edit} again) and marks {@code edit}, the first undone one, applied. */
    public void redo(long textId, StoredEdit edit, EditEffect effect) {
        move(textId, edit, effect, false);
    }

    /** Forgets the text's history (the edits stay made); for a history that can no longer be read. */
    public void clear(long textId) {
        database.inTransaction("clear the edit history of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            execute(connection, "DELETE FROM edits WHERE text_id = ?", textId);
            return null;
        });
    }

    private void move(long textId, StoredEdit edit, EditEffect effect, boolean undo) {
        Objects.requireNonNull(edit, "edit");
        Objects.requireNonNull(effect, "effect");
        String verb = undo ? "undo" : "redo";
        database.inTransaction(verb + " an edit of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            String sql = undo ? SELECT + " AND NOT undone ORDER BY position DESC LIMIT 1"
                    : SELECT + " AND undone ORDER BY position LIMIT 1";
            if (!first(rows(connection, textId, sql)).equals(Optional.of(edit))) {
                throw new StoreException("The edit history of text " + textId + " in " + database.description()
                        + " changed since it was read (another sverka process?); nothing was done, try " + verb + " again.");
            }
            new EditWriter(connection, textId, database.description()).apply(effect);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE edits SET undone = ? WHERE text_id = ? AND position = ?")) {
                update.setBoolean(1, undo);
                update.setLong(2, textId);
                update.setInt(3, edit.position());
                update.executeUpdate();
            }
            return null;
        });
    }

    private List<StoredEdit> read(long textId, String sql) {
        return database.inTransaction("read the edit history of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            return rows(connection, textId, sql);
        });
    }

    private static List<StoredEdit> rows(Connection connection, long textId, String sql) throws SQLException {
        return RowQuery.list(connection, sql, textId, row -> new StoredEdit(row.getInt(1), row.getString(2), row.getBoolean(3)));
    }

    private static void execute(Connection connection, String sql, long textId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, textId);
            statement.executeUpdate();
        }
    }

    private static <T> Optional<T> first(List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }
}
