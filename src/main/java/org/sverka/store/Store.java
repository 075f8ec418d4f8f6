package org.sverka.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Objects;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

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
        Path base = baseOf(databaseFile);
        String file = base + H2_SUFFIX;
        createParentDirectories(base, file);
        return start("jdbc:h2:file:" + base + ";AUTO_SERVER=TRUE", file);
    }

    /**
     * Rewrites the database file to drop the free space it keeps after large imports and deletions (a book
     * of 100,000 sentences per side leaves a file about ten times the size of its data). Needs the file to
     * itself: fails with a clear message while any sverka has it open.
     */
    public static void compact(Path databaseFile) {
        Objects.requireNonNull(databaseFile, "databaseFile");
        Path base = baseOf(databaseFile);
        String file = base + H2_SUFFIX;
        if (!Files.isRegularFile(Path.of(file))) {
            throw new StoreException("There is no database file " + file + " to compact; check the path.");
        }
        // Without AUTO_SERVER, H2 refuses a file another process holds instead of sharing it.
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + base, "sa", "");
             Statement statement = connection.createStatement()) {
            // Another Store in this JVM would join our session's database rather than be refused.
            try (ResultSet sessions = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
                sessions.next();
                if (sessions.getInt(1) > 1) {
                    throw new StoreException("The database " + file + " is in use by this program;"
                            + " close it before compacting.");
                }
            }
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw OpenFailure.of(file, e);
        }
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
            throw OpenFailure.of(description, e);
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

    /** The path H2 wants in its URL: absolute, without the ".mv.db" H2 adds itself. */
    private static Path baseOf(Path databaseFile) {
        Path base = withoutH2Suffix(databaseFile.toAbsolutePath().normalize());
        if (base.toString().contains(";")) {
            throw new StoreException("Cannot use the database file " + base + H2_SUFFIX
                    + ": its path contains ';', which H2 does not accept; choose another location.");
        }
        return base;
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
