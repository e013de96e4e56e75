package com.clinicplatform.dev;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Keeps autovacuum away from the tables being filled while the generator runs. It would otherwise vacuum each of
 * them again every time it grew by a fifth, dozens of times over a million patients: a quarter of the generator's
 * time. The tables are handed back to autovacuum at the end, also when the generator is stopped (Ctrl-C), and at the
 * start of the next run should it have been killed outright.
 */
final class AutovacuumPause implements AutoCloseable {

    /** Opens a connection of its own, for stopping: the generator's may be busy then. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final List<String> tables;
    private final Thread onStop;

    private AutovacuumPause(Connector connector, List<String> tables) {
        this.connector = connector;
        this.tables = tables;
        this.onStop = new Thread(this::resumeQuietly, "autovacuum-resume");
    }

    static AutovacuumPause of(Connector connector, List<String> tables) throws SQLException {
        var pause = new AutovacuumPause(connector, tables);
        pause.set("(autovacuum_enabled = false)");
        Runtime.getRuntime().addShutdownHook(pause.onStop);
        return pause;
    }

    @Override
    public void close() throws SQLException {
        Runtime.getRuntime().removeShutdownHook(onStop);
        set(null);
    }

    private void resumeQuietly() {
        try {
            set(null);
        } catch (SQLException e) {
            System.err.println("Could not hand the tables back to autovacuum: " + e.getMessage());
        }
    }

    /** Resets the tables' autovacuum setting, then sets it to {@code setting} unless null. */
    private void set(String setting) throws SQLException {
        try (var connection = connector.connect(); var statement = connection.createStatement()) {
            for (var table : tables) {
                statement.execute("alter table " + table + " reset (autovacuum_enabled)");
                if (setting != null) {
                    statement.execute("alter table " + table + " set " + setting);
                }
            }
        }
    }
}
