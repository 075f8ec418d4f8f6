package org.sverka.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.MVStoreException;

/**
 * sverka's database: an embedded H2 file whose schema Flyway brings up to date on open. The file is
 * opened with {@code AUTO_SERVER=TRUE}, so a second sverka process on the same file shares it through
 * the first one instead of failing. Thread-safe; close it when done.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("data", "sverka"))) {
 *     TextInfo text = store.texts().create("talks", source, target);
 *     store.alignments().replace(text.id(), beads);
 * }
 * }</pre>
 */
public final class Store implements AutoCloseable {
    private static final String H2_SUFFIX = ".mv.db";
    private static final int MAX_CONNECTIONS = 16;

    private final Database database;
    private final Connection keepAlive;
    private final TextRepository texts;
    private final AlignmentRepository alignments;
    private final FindingRepository findings;
    private final EditHistoryRepository edits;

    private Store(Database database, Connection keepAlive, Clock clock) {
        this.database = database;
        this.keepAlive = keepAlive;
        this.texts = new TextRepository(database, clock);
        this.alignments = new AlignmentRepository(database);
        this.findings = new FindingRepository(database, clock);
        this.edits = new EditHistoryRepository(database, clock);
    }

    /**
     * Opens (creating if needed) the database stored in {@code databaseFile}. H2 keeps it in
     * {@code <databaseFile>.mv.db}; a path that already ends in {@code .mv.db} names that file itself.
     */
    public static Store open(Path databaseFile) {
        Objects.requireNonNull(databaseFile, "databaseFile");
        Path base = withoutH2Suffix(databaseFile.toAbsolutePath().normalize());
        String file = base + H2_SUFFIX;
        if (base.toString().contains(";")) {
            throw new StoreException("Cannot use the database file " + file
                    + ": its path contains ';', which H2 does not accept; choose another location.");
        }
        createParentDirectories(base, file);
        return start("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE", file);
    }

    /** A fresh, private database that lives in memory until {@link #close()}; handy for tests. */
    public static Store inMemory() {
        return start("jdbc:h2:mem:sverka-" + UUID.randomUUID(), "an in-memory database");
    }

    public TextRepository texts() {
        return texts;
    }

    public AlignmentRepository alignments() {
        return alignments;
    }

    public FindingRepository findings() {
        return findings;
    }

    /** Each text's edit history: undo and redo that survive a restart. */
    public EditHistoryRepository edits() {
        return edits;
    }

    /** The database file (or "an in-memory database"), as messages name it. */
    public String location() {
        return database.description();
    }

    Database database() {
        return database;
    }

    @Override
    public void close() {
        try {
            keepAlive.close();
        } catch (SQLException e) {
            throw database.failure("close the database", e);
        } finally {
            database.close();
        }
    }

    private static Store start(String url, String description) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "sa", "");
        pool.setMaxConnections(MAX_CONNECTIONS);
        Connection keepAlive;
        try {
            // Holding one connection keeps the database open between units of work.
            keepAlive = pool.getConnection();
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(description, e);
        }
        Database database = new Database(pool, description);
        try {
            migrate(database);
        } catch (RuntimeException e) {
            try {
                keepAlive.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            database.close();
            throw e;
        }
        return new Store(database, keepAlive, Clock.systemUTC());
    }

    private static void migrate(Database database) {
        try {
            Flyway.configure(Store.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new StoreException("Could not bring the schema of " + database.description()
                    + " up to date: " + e.getMessage() + "; is it a sverka database of a newer version?", e);
        }
    }

    private static StoreException openFailure(String description, SQLException e) {
        return switch (e.getErrorCode()) {
            case ErrorCode.DATABASE_ALREADY_OPEN_1, ErrorCode.CONNECTION_BROKEN_1 -> new StoreException(
                    "The database " + description + " is in use by another program that does not share it ("
                            + Database.reason(e) + "); close that program or choose another database file.", e);
            case ErrorCode.FILE_VERSION_ERROR_1, ErrorCode.FILE_CORRUPTED_1, ErrorCode.WRONG_USER_OR_PASSWORD ->
                    notADatabase(description, e);
            // A file too short to be a database fails as an I/O error from H2's storage layer.
            case ErrorCode.IO_EXCEPTION_1 -> e.getCause() instanceof MVStoreException
                    ? notADatabase(description, e)
                    : new StoreException("Could not open the database " + description + ": " + deepestMessage(e)
                            + "; check that the file can be read and written.", e);
            default -> new StoreException("Could not open the database " + description + ": " + Database.reason(e), e);
        };
    }

    private static StoreException notADatabase(String description, SQLException e) {
        return new StoreException("The file " + description + " is not a sverka database or is damaged;"
                + " choose another database file or restore a backup.", e);
    }

    private static String deepestMessage(Throwable e) {
        Throwable deepest = e;
        while (deepest.getCause() != null && deepest.getCause().getMessage() != null) {
            deepest = deepest.getCause();
        }
        return deepest.getMessage();
    }

    private static Path withoutH2Suffix(Path path) {
        String name = path.getFileName().toString();
        if (name.endsWith(H2_SUFFIX) && name.length() > H2_SUFFIX.length()) {
            return path.resolveSibling(name.substring(0, name.length() - H2_SUFFIX.length()));
        }
        return path;
    }

    private static void createParentDirectories(Path base, String file) {
        Path parent = base.getParent();
        if (parent == null) {
            return;
        }
        try {
            Files.createDirectories(parent);
        } catch (IOException e) {
            throw new StoreException("Cannot create the folder for the database " + file + ": " + e.getMessage()
                    + "; check the path and its permissions.", e);
        }
    }
}
