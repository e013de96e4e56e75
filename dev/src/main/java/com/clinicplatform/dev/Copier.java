package com.clinicplatform.dev;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Copies batches while the generator makes the next, on connections of its own: in each batch first the rows the
 * others point at (the patients) on the first connection, then lists of tables side by side on the others, one
 * connection each. The next batch's patients go in while this batch's other rows do; at most two batches are on their
 * way. The database works on two cores, and the generator beside it, instead of each waiting for the other.
 */
final class Copier implements AutoCloseable {

    /** One connection with the thread that copies through it, in the order the rows were sent. */
    private record Lane(Connection connection, CopyManager copy, ExecutorService thread) {
    }

    private final List<Lane> lanes = new ArrayList<>();
    private CompletableFuture<Void> batchBefore = CompletableFuture.completedFuture(null);
    private CompletableFuture<Void> lastBatch = CompletableFuture.completedFuture(null);

    /**
     * @param connections the first for the rows the others point at, then one for each list of tables sent after
     *                    them; used by this copier only, which closes them
     */
    Copier(List<Connection> connections) throws SQLException {
        for (var connection : connections) {
            lanes.add(new Lane(connection, connection.unwrap(PGConnection.class).getCopyAPI(),
                    Executors.newSingleThreadExecutor()));
        }
    }

    /**
     * Starts copying the rows gathered in these tables, once the batch before the last is in: {@code first} on the
     * first connection, then, once they are in, each list of {@code after} on the next connections.
     */
    void send(List<CopyTable> first, List<List<CopyTable>> after) throws SQLException, IOException {
        await(batchBefore);
        var firstDone = copy(lanes.getFirst(), take(first));
        var done = new ArrayList<CompletableFuture<Void>>(List.of(firstDone));
        for (int i = 0; i < after.size(); i++) {
            var lane = lanes.get(i + 1);
            var rows = take(after.get(i));
            done.add(firstDone.thenCompose(ignored -> copy(lane, rows)));
        }
        batchBefore = lastBatch;
        lastBatch = CompletableFuture.allOf(done.toArray(CompletableFuture[]::new));
    }

    /** Waits until everything sent is in the database. */
    void finish() throws SQLException, IOException {
        await(batchBefore);
        await(lastBatch);
    }

    private static void await(CompletableFuture<Void> batch) throws SQLException, IOException {
        try {
            batch.join();
        } catch (CompletionException e) {
            switch (e.getCause()) {
                case SQLException cause -> throw cause;
                case UncheckedIOException cause -> throw cause.getCause();
                default -> throw e;
            }
        }
    }

    private static List<CopyTable.Rows> take(List<CopyTable> tables) {
        return tables.stream().map(CopyTable::take).toList();
    }

    private static CompletableFuture<Void> copy(Lane lane, List<CopyTable.Rows> batch) {
        return CompletableFuture.runAsync(() -> {
            try {
                for (var rows : batch) {
                    CopyTable.copy(rows, lane.copy());
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, lane.thread());
    }

    @Override
    public void close() throws SQLException {
        for (var lane : lanes) {
            lane.thread().shutdownNow();
            lane.connection().close();
        }
    }
}
