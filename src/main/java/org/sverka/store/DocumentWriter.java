package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.sverka.model.Paragraph;
import org.sverka.model.Progress;
import org.sverka.model.Sentence;

/**
 * Writes documents with their paragraphs and sentences inside the caller's transaction, in JDBC batches
 * so that a book of 100,000 sentences goes in seconds. Reports rows written to {@link Progress}.
 */
final class DocumentWriter {
    static final String STAGE = "store";
    private static final int BATCH_SIZE = 1000;

    private final Connection connection;
    private final Progress progress;
    private final long totalRows;
    private long rowsWritten;

    DocumentWriter(Connection connection, Progress progress, long totalRows) {
        this.connection = connection;
        this.progress = progress;
        this.totalRows = totalRows;
    }

    static long rowsOf(DocumentRecord document) {
        return (long) document.paragraphs().size() + document.sentences().size();
    }

    /** Inserts the document and returns its id. */
    long write(DocumentRecord document, Instant importedAt) throws SQLException {
        long id = insertDocument(document, importedAt);
        insertParagraphs(id, document.paragraphs());
        insertSentences(id, document.sentences());
        return id;
    }

    private long insertDocument(DocumentRecord document, Instant importedAt) throws SQLException {
        String sql = "INSERT INTO documents (file_name, size_bytes, sha256, format, encoding, language,"
                + " paragraph_count, sentence_count, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql, new String[] {"ID"})) {
            insert.setString(1, document.fileName());
            insert.setLong(2, document.size());
            insert.setString(3, document.sha256());
            insert.setString(4, document.format());
            insert.setString(5, document.encoding());
            insert.setString(6, document.language().toLanguageTag());
            insert.setInt(7, document.paragraphs().size());
            insert.setInt(8, document.sentences().size());
            insert.setObject(9, importedAt.atOffset(ZoneOffset.UTC));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private void insertParagraphs(long documentId, List<Paragraph> paragraphs) throws SQLException {
        String sql = "INSERT INTO paragraphs (document_id, position, content) VALUES (?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Paragraph paragraph : paragraphs) {
                insert.setLong(1, documentId);
                insert.setInt(2, paragraph.index());
                insert.setString(3, paragraph.text());
                insert.addBatch();
                pending = flushWhenFull(insert, pending + 1);
            }
            flush(insert, pending);
        }
    }

    private void insertSentences(long documentId, List<Sentence> sentences) throws SQLException {
        String sql = "INSERT INTO sentences (document_id, position, paragraph, content) VALUES (?, ?, ?, ?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            int pending = 0;
            for (Sentence sentence : sentences) {
                insert.setLong(1, documentId);
                insert.setInt(2, sentence.index());
                insert.setInt(3, sentence.paragraph());
                insert.setString(4, sentence.text());
                insert.addBatch();
                pending = flushWhenFull(insert, pending + 1);
            }
            flush(insert, pending);
        }
    }

    private int flushWhenFull(PreparedStatement insert, int pending) throws SQLException {
        if (pending < BATCH_SIZE) {
            return pending;
        }
        flush(insert, pending);
        return 0;
    }

    private void flush(PreparedStatement insert, int pending) throws SQLException {
        if (pending == 0) {
            return;
        }
        insert.executeBatch();
        rowsWritten += pending;
        progress.report(STAGE, rowsWritten, totalRows);
    }
}
