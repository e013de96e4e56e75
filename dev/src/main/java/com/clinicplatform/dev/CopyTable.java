package com.clinicplatform.dev;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;

import org.postgresql.copy.CopyManager;

/**
 * The rows gathered for one table, sent to the database with one COPY a batch: many times faster than inserts, which
 * is what lets a million patients and their records go in within minutes.
 */
final class CopyTable {

    /** A batch of rows taken from the table, ready to copy while the next batch is gathered. */
    record Rows(CopyTable table, String csv, int count) {
    }

    private final String name;
    private final String statement;
    private final StringBuilder rows = new StringBuilder(1 << 20);
    private int pending;
    private long copied;
    private long nanos;

    /** @param columns the columns each row gives, in order, as in SQL */
    CopyTable(String name, String columns) {
        this.name = name;
        this.statement = "copy " + name + " (" + columns + ") from stdin with (format csv)";
    }

    /** Adds one row, its values in the order of the columns: null is SQL NULL, text is quoted, the rest as is. */
    void add(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                rows.append(',');
            }
            append(values[i]);
        }
        rows.append('\n');
        pending++;
    }

    private void append(Object value) {
        if (value instanceof String text) {
            rows.append('"').append(text.replace("\"", "\"\"")).append('"');
        } else if (value != null) {
            rows.append(value);
        }
    }

    /** The rows gathered since the last time, which the table forgets. */
    Rows take() {
        var taken = new Rows(this, rows.toString(), pending);
        rows.setLength(0);
        pending = 0;
        return taken;
    }

    /** Copies rows taken from this table; one batch at a time, as the counts are not shared between threads. */
    static void copy(Rows taken, CopyManager copy) throws SQLException, IOException {
        if (taken.count() == 0) {
            return;
        }
        var table = taken.table();
        long started = System.nanoTime();
        copy.copyIn(table.statement, new StringReader(taken.csv()));
        table.nanos += System.nanoTime() - started;
        table.copied += taken.count();
    }

    String name() {
        return name;
    }

    long copied() {
        return copied;
    }

    /** How long the database took over this table's COPYs, in seconds. */
    double seconds() {
        return nanos / 1e9;
    }
}
