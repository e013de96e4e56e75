package com.clinicplatform.dev;

import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Random;

import net.datafaker.Faker;

import org.postgresql.PGConnection;

/**
 * Fills the local database with made-up patients, to try the console at a clinic's full size:
 * {@code ./clinic generate --patients 1000000}. The rows go in through COPY, in batches, and the table is analysed
 * afterwards so the planner knows its size. The people are invented (Datafaker, British names), their addresses are
 * at {@code example.com} and their phone numbers in ranges kept for drama, so none of them reaches anyone.
 */
public final class DataGenerator {

    private static final int BATCH = 20_000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private DataGenerator() {
    }

    public static void main(String[] args) throws SQLException, IOException {
        int patients = 1_000;
        long seed = 20261128L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--patients" -> patients = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> {
                    System.err.println("usage: ./clinic generate [--patients N] [--seed S]");
                    System.exit(2);
                }
            }
        }
        var url = LocalDatabase.env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:55432/clinic");
        try (Connection connection = DriverManager.getConnection(url, LocalDatabase.env("SPRING_DATASOURCE_USERNAME", "clinic"),
                LocalDatabase.env("SPRING_DATASOURCE_PASSWORD", "clinic"))) {
            if (!tableExists(connection, "patient")) {
                System.err.println("The database has no patient table yet: start the platform once (./clinic start)"
                        + " so that it creates its tables, then generate.");
                System.exit(1);
            }
            long started = System.nanoTime();
            generatePatients(connection, patients, new Random(seed), new Faker(Locale.UK, new Random(seed)));
            try (var statement = connection.createStatement()) {
                statement.execute("analyze patient");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("Generated %,d patients in %.1f s (%,.0f a second).%n", patients, seconds,
                    patients / seconds);
        }
    }

    private static void generatePatients(Connection connection, int count, Random random, Faker faker)
            throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var now = Instant.now().toString();
        for (int done = 0; done < count; done += BATCH) {
            var rows = new StringBuilder();
            for (int i = done; i < Math.min(count, done + BATCH); i++) {
                var first = faker.name().firstName();
                var last = faker.name().lastName();
                var born = LocalDate.of(1935, 1, 1).plusDays(random.nextInt(70 * 365));
                var email = random.nextInt(10) < 7
                        ? (first + "." + last + "." + i + "@example.com").toLowerCase(Locale.ROOT).replace("'", "")
                        : "";
                // 020 7946 0xxx and 0117 496 0xxx: numbers set aside for drama, in London and Bristol
                var phone = random.nextInt(10) < 8
                        ? (random.nextBoolean() ? "+4420794600" : "+4411749600") + "%02d".formatted(random.nextInt(100))
                        : "";
                rows.append(csv(first + " " + last)).append(',').append(DATE.format(born)).append(',')
                        .append(email).append(',').append(phone).append(',').append(now).append(',').append(now)
                        .append('\n');
            }
            copy.copyIn("copy patient (full_name, date_of_birth, email, phone, created_at, updated_at)"
                    + " from stdin with (format csv)", new StringReader(rows.toString()));
            System.out.printf("  %,d patients…%n", Math.min(count, done + BATCH));
        }
    }

    private static String csv(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            var row = query.executeQuery();
            return row.next() && row.getBoolean(1);
        }
    }
}
