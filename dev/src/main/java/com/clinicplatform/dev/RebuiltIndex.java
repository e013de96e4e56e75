package com.clinicplatform.dev;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * An index left out while its table is filled and built once at the end, in one transaction with the rows: a trigram
 * index over a million rows is built at once in a fraction of the time it takes to keep it up row by row. Should the
 * generator stop half-way, the rollback brings the index back (and takes the rows away). Meanwhile the table is
 * locked for others.
 */
final class RebuiltIndex {

    private final Connection connection;
    private final String definition;

    private RebuiltIndex(Connection connection, String definition) {
        this.connection = connection;
        this.definition = definition;
    }

    /**
     * Opens a transaction on the connection and drops the index in it; whatever is copied through the connection
     * then belongs to that transaction until {@link #build()}. An index that does not exist is left as it is.
     */
    static RebuiltIndex drop(Connection connection, String index) throws SQLException {
        connection.setAutoCommit(false);
        String definition = null;
        try (var query = connection.prepareStatement("select indexdef from pg_indexes where indexname = ?")) {
            query.setString(1, index);
            var row = query.executeQuery();
            if (row.next()) {
                definition = row.getString(1);
            }
        }
        if (definition != null) {
            try (var statement = connection.createStatement()) {
                statement.execute("drop index " + index);
            }
        }
        return new RebuiltIndex(connection, definition);
    }

    /** Builds the index again and commits the transaction. */
    void build() throws SQLException {
        if (definition != null) {
            try (var statement = connection.createStatement()) {
                statement.execute("set maintenance_work_mem = '512MB'");
                statement.execute(definition);
            }
        }
        connection.commit();
    }
}
