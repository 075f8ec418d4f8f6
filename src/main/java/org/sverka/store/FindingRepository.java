package org.sverka.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The findings of the last check run on each text, and the signatures the user dismissed. Dismissals
 * outlive check runs: a finding whose signature is dismissed stays hidden until it is restored.
 */
public final class FindingRepository {
    private static final int BATCH_SIZE = 1000;
    private static final String SELECT = "SELECT pair_number, check_id, severity, message, source_spans,"
            + " target_spans, signature FROM findings f WHERE text_id = ?";
    private static final String NOT_DISMISSED = " AND NOT EXISTS (SELECT 1 FROM dismissals d"
            + " WHERE d.text_id = f.text_id AND d.signature = f.signature)";

    private final Database database;
    private final Clock clock;

    FindingRepository(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Replaces the text's findings by those of a new check run, in one transaction; dismissals stay. */
    public void replace(long textId, List<FindingRecord> findings) {
        List<FindingRecord> newFindings = List.copyOf(findings);
        String insert = "INSERT INTO findings (text_id, position, pair_number, check_id, severity, message,"
                + " source_spans, target_spans, signature) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        database.inTransaction("store the findings of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM findings WHERE text_id = ?")) {
                delete.setLong(1, textId);
                delete.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement(insert)) {
                for (int i = 0; i < newFindings.size(); i++) {
                    FindingRecord finding = newFindings.get(i);
                    statement.setLong(1, textId);
                    statement.setInt(2, i);
                    statement.setInt(3, finding.pairNumber());
                    statement.setString(4, finding.checkId());
                    statement.setString(5, finding.severity());
                    statement.setString(6, finding.message());
                    statement.setString(7, RangeText.format(finding.sourceSpans()));
                    statement.setString(8, RangeText.format(finding.targetSpans()));
                    statement.setString(9, finding.signature());
                    statement.addBatch();
                    if ((i + 1) % BATCH_SIZE == 0 || i + 1 == newFindings.size()) {
                        statement.executeBatch();
                    }
                }
            }
            return null;
        });
    }

    /** The findings of the last run that are not dismissed, ordered by pair number, then as stored. */
    public List<FindingRecord> open(long textId) {
        return read(textId, SELECT + NOT_DISMISSED + " ORDER BY pair_number, position");
    }

    /** All findings of the last run, dismissed ones included, ordered by pair number, then as stored. */
    public List<FindingRecord> all(long textId) {
        return read(textId, SELECT + " ORDER BY pair_number, position");
    }

    /** Dismisses findings with this signature on this text, now and in later runs; false if it already was. */
    public boolean dismiss(long textId, String signature) {
        Objects.requireNonNull(signature, "signature");
        String sql = "INSERT INTO dismissals (text_id, signature, dismissed_at) SELECT ?, ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM dismissals WHERE text_id = ? AND signature = ?)";
        return database.inTransaction("dismiss a finding of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, textId);
                insert.setString(2, signature);
                insert.setObject(3, clock.instant().truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC));
                insert.setLong(4, textId);
                insert.setString(5, signature);
                return insert.executeUpdate() == 1;
            }
        });
    }

    /** Shows findings with this signature again; false if they were not dismissed. */
    public boolean restore(long textId, String signature) {
        Objects.requireNonNull(signature, "signature");
        return database.inTransaction("restore a finding of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM dismissals WHERE text_id = ? AND signature = ?")) {
                delete.setLong(1, textId);
                delete.setString(2, signature);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /** The signatures dismissed on this text, in the order they were dismissed. */
    public Set<String> dismissed(long textId) {
        return database.inTransaction("read the dismissed findings of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT signature FROM dismissals WHERE text_id = ? ORDER BY dismissed_at, signature")) {
                query.setLong(1, textId);
                try (ResultSet rows = query.executeQuery()) {
                    Set<String> signatures = new LinkedHashSet<>();
                    while (rows.next()) {
                        signatures.add(rows.getString(1));
                    }
                    return Collections.unmodifiableSet(signatures);
                }
            }
        });
    }

    private List<FindingRecord> read(long textId, String sql) {
        return database.inTransaction("read the findings of text " + textId, connection -> {
            TextDocuments.requireText(connection, textId, database.description());
            return rows(connection, textId, sql);
        });
    }

    private static List<FindingRecord> rows(Connection connection, long textId, String sql) throws SQLException {
        return RowQuery.list(connection, sql, textId, row -> new FindingRecord(row.getInt(1), row.getString(2),
                row.getString(3), row.getString(4), RangeText.parse(row.getString(5)), RangeText.parse(row.getString(6)),
                row.getString(7)));
    }
}
