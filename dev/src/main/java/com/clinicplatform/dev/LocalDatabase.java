package com.clinicplatform.dev;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs the local PostgreSQL 17 that both apps use by default, in its own process, until it is interrupted
 * (Ctrl-C or SIGTERM): data in {@code <data folder>/postgres}, kept from one run to the next, listening on
 * 127.0.0.1 only. On first start it creates the {@code clinic} role and database the apps expect. With
 * {@code generate}, it fills that database with made-up patients instead ({@link DataGenerator}).
 */
public final class LocalDatabase {

    private static final String ROLE = "clinic";
    private static final String DATABASE = "clinic";

    private LocalDatabase() {
    }

    public static void main(String[] args) throws IOException, SQLException, InterruptedException {
        if (args.length > 0 && args[0].equals("generate")) {
            DataGenerator.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Path dataDir = Path.of(env("CLINIC_DATA_DIR", "data")).toAbsolutePath().normalize();
        // another port for a second database beside the local one (./clinic system-test, the benchmarks)
        int port = Integer.parseInt(env("CLINIC_DB_PORT", "55432"));
        Path postgresDir = Files.createDirectories(dataDir.resolve("postgres"));

        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(postgresDir)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("listen_addresses", "127.0.0.1")
                // the library's test defaults trade durability for speed; this database keeps real work
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
                System.out.println("PostgreSQL stopped.");
            } catch (IOException e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e.getMessage());
            } finally {
                stopped.countDown();
            }
        }, "local-database-stop"));

        createRoleAndDatabase(postgres);
        System.out.printf("PostgreSQL %s ready on 127.0.0.1:%d (database %s, data in %s)%n",
                serverVersion(postgres), port, DATABASE, postgresDir);
        stopped.await();
    }

    private static void createRoleAndDatabase(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            if (!exists(connection, "select 1 from pg_roles where rolname = ?", ROLE)) {
                statement.execute("create role " + ROLE + " login password '" + ROLE + "'");
            }
            if (!exists(connection, "select 1 from pg_database where datname = ?", DATABASE)) {
                statement.execute("create database " + DATABASE + " owner " + ROLE);
            }
        }
    }

    private static boolean exists(Connection connection, String sql, String name) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, name);
            return query.executeQuery().next();
        }
    }

    private static String serverVersion(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            return connection.getMetaData().getDatabaseProductVersion();
        }
    }

    /** A setting from the environment, or its default when unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
