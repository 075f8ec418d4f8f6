package org.sverka.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts the rows of every sverka table, to show that a failed or deleted import leaves nothing behind. */
final class TableRows {
    private static final List<String> TABLES = List.of("documents", "paragraphs", "sentences", "texts", "beads",
            "findings", "dismissals");

    private TableRows() {
    }

    static Map<String, Long> count(Store store) {
        return store.database().inTransaction("count rows", connection -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : TABLES) {
                // Table names come from the constant list above, not from input.
                try (PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM " + table);
                     ResultSet row = query.executeQuery()) {
                    row.next();
                    counts.put(table, row.getLong(1));
                }
            }
            return counts;
        });
    }
}
