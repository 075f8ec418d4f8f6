package org.sverka.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.regex.Pattern;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The only place that hands out JDBC connections. Every unit of work gets its own pooled connection,
 * runs with autocommit off and either commits completely or rolls back completely; SQL failures leave
 * as {@link StoreException}s that name the action and the database.
 */
final class Database implements AutoCloseable {

    /** A piece of JDBC work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final Pattern H2_ERROR_CODE = Pattern.compile("\\s*\\[\\d+-\\d+]\\s*$");

    private final JdbcConnectionPool pool;
    private final String description;
    private volatile boolean closed;

    Database(JdbcConnectionPool pool, String description) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.description = Objects.requireNonNull(description, "description");
    }

    /** How users know this database in messages: the file path, or "an in-memory database". */
    String description() {
        return description;
    }

    JdbcConnectionPool dataSource() {
        return pool;
    }

    /**
     * Runs {@code work} in one transaction. {@code action} completes the sentence "Could not ...",
     * e.g. "store text 'talks'".
     */
    <T> T inTransaction(String action, Work<T> work) {
        if (closed) {
            throw new StoreException("Could not " + action + ": the store of " + description + " is closed.");
        }
        try (Connection connection = pool.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(action, e);
        }
    }

    /** Like {@link #inTransaction}, but every query of {@code work} sees the database as it was at the first one. */
    <T> T inSnapshot(String action, Work<T> work) {
        return inTransaction(action, connection -> {
            int isolation = connection.getTransactionIsolation();
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(connection);
            } finally {
                connection.commit();
                connection.setTransactionIsolation(isolation);
            }
        });
    }

    StoreException failure(String action, SQLException e) {
        return new StoreException("Could not " + action + " in " + description + ": " + reason(e), e);
    }

    @Override
    public void close() {
        closed = true;
        pool.dispose();
    }

    private static void rollback(Connection connection, Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException rollbackFailure) {
            failure.addSuppressed(rollbackFailure);
        }
    }

    /** H2 appends the whole SQL statement and an error code to its messages; users need the first part. */
    static String reason(SQLException e) {
        String message = String.valueOf(e.getMessage());
        int statement = message.indexOf("; SQL statement:");
        String reason = statement >= 0 ? message.substring(0, statement) : message;
        return H2_ERROR_CODE.matcher(reason).replaceFirst("").strip();
    }
}
