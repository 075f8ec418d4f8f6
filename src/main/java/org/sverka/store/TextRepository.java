package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.h2.api.ErrorCode;
import org.sverka.model.Paragraph;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

/**
 * Bilingual texts: a unique name and two documents (source and target) with their paragraphs and
 * sentences. Creating and deleting a text are single transactions: they happen completely or not at all.
 */
public final class TextRepository {
    static final int MAX_NAME_LENGTH = 200;

    private static final String SELECT_INFO = "SELECT t.id, t.name, s.language, g.language, s.file_name,"
            + " g.file_name, s.sentence_count, g.sentence_count,"
            + " (SELECT COUNT(*) FROM beads b WHERE b.text_id = t.id), t.created_at"
            + " FROM texts t JOIN documents s ON s.id = t.source_document_id"
            + " JOIN documents g ON g.id = t.target_document_id";

    private final Database database;
    private final Clock clock;

    TextRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Stores a new text in one transaction; see {@link #create(String, DocumentRecord, DocumentRecord, Progress)}. */
    public TextInfo create(String name, DocumentRecord source, DocumentRecord target) {
        return create(name, source, target, Progress.NONE);
    }

    /**
     * Stores both documents, their paragraphs and sentences, and the text joining them, in one
     * transaction: on any failure nothing is written. Progress counts rows under the stage "store".
     *
     * @throws TextNameTakenException when a text of that name exists
     */
    public TextInfo create(String name, DocumentRecord source, DocumentRecord target, Progress progress) {
        checkName(name);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(progress, "progress");
        return database.inTransaction("store the text '" + name + "'", connection -> {
            if (idOf(connection, name).isPresent()) {
                throw new TextNameTakenException(name, database.description());
            }
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            DocumentWriter writer = new DocumentWriter(connection, progress,
                    DocumentWriter.rowsOf(source) + DocumentWriter.rowsOf(target));
            long sourceId = writer.write(source, now);
            long targetId = writer.write(target, now);
            long id = insertText(connection, name, sourceId, targetId, now);
            return new TextInfo(id, name, source.language(), target.language(), source.fileName(),
                    target.fileName(), source.sentences().size(), target.sentences().size(), 0, now);
        });
    }

    public Optional<TextInfo> find(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction("look up the text '" + name + "'", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_INFO + " WHERE t.name = ?")) {
                query.setString(1, name);
                return first(readInfos(query));
            }
        });
    }

    /** All texts, ordered by name. */
    public List<TextInfo> list() {
        return database.inTransaction("list the texts", connection -> {
            try (PreparedStatement query = connection.prepareStatement(SELECT_INFO + " ORDER BY t.name")) {
                return readInfos(query);
            }
        });
    }

    /** The names of all texts, in order. */
    public List<String> names() {
        return database.inTransaction("list the text names", connection -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT name FROM texts ORDER BY name");
                 ResultSet rows = query.executeQuery()) {
                List<String> names = new ArrayList<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                return List.copyOf(names);
            }
        });
    }

    /**
     * The name of a text that holds a document with this SHA-256, so that the caller can say
     * "already imported as text 'talks'".
     */
    public Optional<String> textNameContaining(String sha256) {
        Objects.requireNonNull(sha256, "sha256");
        String sql = "SELECT t.name FROM texts t JOIN documents d"
                + " ON d.id = t.source_document_id OR d.id = t.target_document_id"
                + " WHERE d.sha256 = ? ORDER BY t.created_at, t.name";
        return database.inTransaction("look up a document by its SHA-256", connection -> {
            try (PreparedStatement query = connection.prepareStatement(sql)) {
                query.setString(1, sha256.toLowerCase(Locale.ROOT));
                try (ResultSet rows = query.executeQuery()) {
                    return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    /** Deletes the text, its documents, sentences and alignment in one transaction; false if there was none. */
    public boolean delete(String name) {
        Objects.requireNonNull(name, "name");
        return database.inTransaction("delete the text '" + name + "'", connection -> {
            Optional<Long> id = idOf(connection, name);
            if (id.isEmpty()) {
                return false;
            }
            long sourceId = TextDocuments.documentId(connection, id.get(), Side.SOURCE, database.description());
            long targetId = TextDocuments.documentId(connection, id.get(), Side.TARGET, database.description());
            try (PreparedStatement deleteText = connection.prepareStatement("DELETE FROM texts WHERE id = ?");
                 PreparedStatement deleteDocument = connection.prepareStatement("DELETE FROM documents WHERE id = ?")) {
                deleteText.setLong(1, id.get());
                deleteText.executeUpdate();
                for (long documentId : new long[] {sourceId, targetId}) {
                    deleteDocument.setLong(1, documentId);
                    deleteDocument.executeUpdate();
                }
            }
            return true;
        });
    }

    /** The sentences of one side of the text, in document order. */
    public List<Sentence> sentences(long textId, Side side) {
        Objects.requireNonNull(side, "side");
        return database.inTransaction("read the sentences of text " + textId, connection -> SentenceReader.sentences(
                connection, TextDocuments.documentId(connection, textId, side, database.description())));
    }

    /** The paragraphs of one side of the text, in document order. */
    public List<Paragraph> paragraphs(long textId, Side side) {
        Objects.requireNonNull(side, "side");
        return database.inTransaction("read the paragraphs of text " + textId, connection -> SentenceReader.paragraphs(
                connection, TextDocuments.documentId(connection, textId, side, database.description())));
    }

    private void checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            String shown = name.length() > 60 ? name.substring(0, 60) + "..." : name;
            throw new StoreException("A text name must have 1 to " + MAX_NAME_LENGTH
                    + " characters and not be blank; got '" + shown + "' (" + name.length() + " characters).");
        }
    }

    private long insertText(Connection connection, String name, long sourceId, long targetId, Instant created)
            throws SQLException {
        String sql = "INSERT INTO texts (name, source_document_id, target_document_id, created_at) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
            insert.setString(1, name);
            insert.setLong(2, sourceId);
            insert.setLong(3, targetId);
            insert.setObject(4, created.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            // Another process may have taken the name after our check.
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                throw new TextNameTakenException(name, database.description(), e);
            }
            throw e;
        }
    }

    private static Optional<Long> idOf(Connection connection, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM texts WHERE name = ?")) {
            query.setString(1, name);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getLong(1)) : Optional.empty();
            }
        }
    }

    private static List<TextInfo> readInfos(PreparedStatement query) throws SQLException {
        try (ResultSet rows = query.executeQuery()) {
            List<TextInfo> infos = new ArrayList<>();
            while (rows.next()) {
                infos.add(new TextInfo(rows.getLong(1), rows.getString(2), Locale.forLanguageTag(rows.getString(3)),
                        Locale.forLanguageTag(rows.getString(4)), rows.getString(5), rows.getString(6),
                        rows.getInt(7), rows.getInt(8), rows.getInt(9),
                        rows.getObject(10, OffsetDateTime.class).toInstant()));
            }
            return List.copyOf(infos);
        }
    }

    private static <T> Optional<T> first(List<T> items) {
        return items.isEmpty() ? Optional.empty() : Optional.of(items.get(0));
    }
}
