package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.sverka.model.Paragraph;
import org.sverka.model.Sentence;

/** Reads a document's sentences and paragraphs, whole or a window of positions, on the caller's connection. */
final class SentenceReader {
    private SentenceReader() {
    }

    static List<Sentence> sentences(Connection connection, long documentId) throws SQLException {
        String sql = "SELECT position, paragraph, content FROM sentences WHERE document_id = ? ORDER BY position";
        return RowQuery.list(connection, sql, documentId, row -> new Sentence(row.getInt(1), row.getInt(2), row.getString(3)));
    }

    static List<Paragraph> paragraphs(Connection connection, long documentId) throws SQLException {
        String sql = "SELECT position, content FROM paragraphs WHERE document_id = ? ORDER BY position";
        return RowQuery.list(connection, sql, documentId, row -> new Paragraph(row.getInt(1), row.getString(2)));
    }

    /**
     * The texts of the sentences at positions {@code from} (inclusive) to {@code to} (exclusive); element
     * i holds position from + i. Positions the document does not have stay empty strings.
     */
    static String[] window(Connection connection, long documentId, int from, int to) throws SQLException {
        String[] texts = new String[Math.max(0, to - from)];
        Arrays.fill(texts, "");
        if (texts.length == 0) {
            return texts;
        }
        String sql = "SELECT position, content FROM sentences WHERE document_id = ? AND position >= ? AND position < ?";
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setLong(1, documentId);
            query.setInt(2, from);
            query.setInt(3, to);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    texts[rows.getInt(1) - from] = rows.getString(2);
                }
            }
        }
        return texts;
    }
}
