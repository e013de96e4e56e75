package com.clinicplatform.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The PostgreSQL in which every test context gets its own database. By default a real PostgreSQL 17 (zonky's
 * embedded binaries) on a free port, started once per test JVM and stopped when the JVM ends. With
 * {@value #SERVER_VARIABLE} set to the JDBC URL of a superuser connection to a running server (user and password as
 * URL parameters), the databases are made on that server instead, under names no other test JVM uses, and dropped
 * again when the JVM ends: {@code deploy/postgres15/run-suite} runs the whole suite so against PostgreSQL 15.
 */
public final class TestPostgres {

    /** The environment variable that names an existing server to make the test databases on. */
    public static final String SERVER_VARIABLE = "CLINIC_TEST_POSTGRES";

    public static final String USER = "clinic_test";
    public static final String PASSWORD = "clinic_test";

    /** Sets this JVM's database names apart from another's on the same server (several modules, several runs). */
    private static final String PREFIX = "clinic_test_%08x_".formatted(new SecureRandom().nextInt());

    private static final List<String> DATABASES = new ArrayList<>();
    private static Server server;

    private TestPostgres() {
    }

    /** Creates an empty database owned by {@link #USER} and returns its JDBC URL. */
    public static synchronized String newDatabase() {
        String name = PREFIX + (DATABASES.size() + 1);
        try (Connection connection = server().superuser();
                Statement statement = connection.createStatement()) {
            statement.execute("create database " + name + " owner " + USER);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the test database " + name, e);
        }
        DATABASES.add(name);
        return server.jdbcUrl(name);
    }

    private static Server server() {
        if (server == null) {
            String external = System.getenv(SERVER_VARIABLE);
            server = external == null || external.isBlank() ? new Embedded() : new External(external.strip());
            try (Connection connection = server.superuser();
                    Statement statement = connection.createStatement()) {
                // the role is the server's, not a database's: on a shared server another test JVM may have made it
                statement.execute("do $$ begin create role " + USER + " login password '" + PASSWORD + "';"
                        + " exception when duplicate_object or unique_violation then null; end $$");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot prepare the test PostgreSQL", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(TestPostgres::stop, "test-postgres-stop"));
        }
        return server;
    }

    private static synchronized void stop() {
        server.stop(List.copyOf(DATABASES));
    }

    /** Where the test databases live. */
    private interface Server {

        Connection superuser() throws SQLException;

        String jdbcUrl(String database);

        /** Called as the JVM ends, with every database this JVM made. */
        void stop(List<String> databases);
    }

    private static final class Embedded implements Server {

        private final EmbeddedPostgres postgres;

        Embedded() {
            try {
                postgres = EmbeddedPostgres.builder().start();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot start the test PostgreSQL", e);
            }
        }

        @Override
        public Connection superuser() throws SQLException {
            return postgres.getPostgresDatabase().getConnection();
        }

        @Override
        public String jdbcUrl(String database) {
            return postgres.getJdbcUrl(USER, database);
        }

        @Override
        public void stop(List<String> databases) {
            try {
                postgres.close();
            } catch (IOException e) {
                // the JVM is ending: nothing left to tell
            }
        }
    }

    private static final class External implements Server {

        /** The address up to the database name, the database, and the parameters. */
        private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?");
        private static final Pattern CREDENTIAL = Pattern.compile("(?i)(user|password)=.*");

        private final String url;
        private final String address;
        /** The server URL's parameters but its credentials, for the test databases' URLs (sslmode and the like). */
        private final String parameters;

        External(String url) {
            var parts = URL.matcher(url);
            if (!parts.matches()) {
                throw new IllegalStateException(SERVER_VARIABLE + " must be a JDBC URL such as"
                        + " jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres&password=secret (a superuser's)");
            }
            this.url = url;
            this.address = parts.group(1);
            String query = parts.group(3) == null ? "" : parts.group(3).substring(1);
            this.parameters = Arrays.stream(query.split("&"))
                    .filter(parameter -> !parameter.isEmpty() && !CREDENTIAL.matcher(parameter).matches())
                    .collect(Collectors.joining("&"));
            try (Connection connection = superuser();
                    Statement statement = connection.createStatement();
                    var result = statement.executeQuery(
                            "select rolsuper, version() from pg_roles where rolname = current_user")) {
                result.next();
                if (!result.getBoolean(1)) {
                    throw new IllegalStateException(SERVER_VARIABLE + " must name a superuser: the tests make a role"
                            + " and databases with it");
                }
                // said once per test JVM, so that a run's log shows which server it used
                System.out.println("Test databases on " + address + ": " + result.getString(2));
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot reach the server " + SERVER_VARIABLE + " names (" + address
                        + ")", e);
            }
        }

        @Override
        public Connection superuser() throws SQLException {
            return DriverManager.getConnection(url);
        }

        @Override
        public String jdbcUrl(String database) {
            return address + "/" + database + (parameters.isEmpty() ? "" : "?" + parameters);
        }

        @Override
        public void stop(List<String> databases) {
            try (Connection connection = superuser(); Statement statement = connection.createStatement()) {
                for (String database : databases) {
                    // the contexts' pools may still be closing as the JVM ends: force ends their sessions
                    statement.execute("drop database if exists " + database + " with (force)");
                }
            } catch (SQLException e) {
                System.err.println("Could not drop every test database on " + address + " (" + PREFIX + "*): "
                        + e.getMessage());
            }
        }
    }
}
