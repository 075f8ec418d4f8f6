package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Finds the document behind one side of a text, for queries that read sentences. */
final class TextDocuments {
    private static final String SOURCE = "SELECT source_document_id FROM texts WHERE id = ?";
    private static final String TARGET = "SELECT target_document_id FROM texts WHERE id = ?";

    private TextDocuments() {
    }

    /** Throws {@link UnknownTextException} unless the text exists. */
    static void requireText(Connection connection, long textId, String database) throws SQLException {
        documentId(connection, textId, Side.SOURCE, database);
    }

    /** The id of the document on {@code side} of the text, or {@link UnknownTextException}. */
    static long documentId(Connection connection, long textId, Side side, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(side == Side.SOURCE ? SOURCE : TARGET)) {
            query.setLong(1, textId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    throw new UnknownTextException(textId, database);
                }
                return row.getLong(1);
            }
        }
    }
}
