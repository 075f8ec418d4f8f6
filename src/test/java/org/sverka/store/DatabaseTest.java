package org.sverka.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseTest {
    @Test
    void keepsOnlyTheReasonOfAnH2Message() {
        SQLException e = new SQLException("Unique index or primary key violation: \"PUBLIC.TEXTS_UNIQUE_NAME\";"
                + " SQL statement:\nINSERT INTO texts (name) VALUES (?) [23505-232]");

        assertThat(Database.reason(e)).isEqualTo("Unique index or primary key violation: \"PUBLIC.TEXTS_UNIQUE_NAME\"");
    }

    @Test
    void dropsTheErrorCodeOfAMessageWithoutStatement() {
        SQLException e = new SQLException("Database may be already in use: \"/tmp/x.mv.db\" [90020-232]");

        assertThat(Database.reason(e)).isEqualTo("Database may be already in use: \"/tmp/x.mv.db\"");
    }

    @Test
    void keepsAForeignMessageAsItIs() {
        assertThat(Database.reason(new SQLException("disk full"))).isEqualTo("disk full");
    }

    @Test
    void namesTheActionAndTheDatabaseInAFailure() {
        try (Store store = Store.inMemory()) {
            StoreException failure = store.database().failure("store the text 'talks'",
                    new SQLException("Value too long for column [22001-232]"));

            assertThat(failure).hasMessage("Could not store the text 'talks' in an in-memory database:"
                    + " Value too long for column");
        }
    }
}
