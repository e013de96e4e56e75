package com.clinicplatform.dev;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Numbers taken from a database sequence a block at a time. Rows get their ids before they are copied in, so that
 * the rows pointing at them (a follow-up at its course, a score at its follow-up) can be written in the same batch;
 * whatever else uses the sequence meanwhile gets other numbers.
 */
final class IdBlock {

    private final Connection connection;
    private final String sequence;
    private final int size;
    private long[] ids = new long[0];
    private int next;

    private IdBlock(Connection connection, String sequence, int size) {
        this.connection = connection;
        this.sequence = sequence;
        this.size = size;
    }

    /** The ids of a table's identity column. */
    static IdBlock of(Connection connection, String table, int size) throws SQLException {
        try (var query = connection.prepareStatement("select pg_get_serial_sequence(?, 'id')")) {
            query.setString(1, table);
            var row = query.executeQuery();
            row.next();
            return new IdBlock(connection, row.getString(1), size);
        }
    }

    long next() throws SQLException {
        if (next == ids.length) {
            ids = take(connection, sequence, size);
            next = 0;
        }
        return ids[next++];
    }

    /** The sequence's next {@code count} values, in ascending order. */
    static long[] take(Connection connection, String sequence, int count) throws SQLException {
        var values = new long[count];
        try (var query = connection.prepareStatement("select nextval(?::regclass) from generate_series(1, ?)")) {
            query.setString(1, sequence);
            query.setInt(2, count);
            var rows = query.executeQuery();
            for (int i = 0; rows.next(); i++) {
                values[i] = rows.getLong(1);
            }
        }
        java.util.Arrays.sort(values);
        return values;
    }
}
