package com.clinicplatform.dev;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

import net.datafaker.Faker;

/**
 * Fills the local database with a made-up clinic, to try the console at a clinic's full size:
 * {@code ./clinic generate --patients 1000000}. Besides the patients it writes what staff would have recorded about
 * them over four years (consents, notes, treatment courses with their follow-ups, outcome scores and adverse events)
 * and the inquiries they and others sent, so that the work lists, the inbox and the figures look like a working
 * clinic's ({@link Timeline} plans when everything happened). Rows go in through COPY, a batch of patients with
 * everything about them at a time, copied on three connections while the next batch is made ({@link Copier}), with
 * ids taken from the tables' own sequences; the inquiries' trigram index is built once at the end
 * ({@link RebuiltIndex}), and every table is analysed so the planner knows its size. The people are invented
 * ({@link People}), and so is every word ({@link Texts}).
 */
public final class DataGenerator {

    private static final int BATCH = 20_000;
    /** Settings of the generator's own sessions: its rows are made up, so a commit need not wait for the disk. */
    private static final String SESSION = "set synchronous_commit = off";

    private final Connection connection;
    private final Random random;
    private final ClinicCalendar calendar;
    private final PatientRows patients;
    private final CareRecords care;
    private final ConsentsAndNotes paperwork;
    private final InquiryRows inquiries;

    private DataGenerator(Connection connection, long seed, TreatmentMix treatments) throws SQLException {
        this.connection = connection;
        this.random = new Random(seed);
        this.calendar = new ClinicCalendar(ZoneId.of(LocalDatabase.env("CLINIC_TIME_ZONE", "Europe/London")),
                Instant.now());
        var people = new People(new Faker(Locale.UK, new Random(seed)));
        this.patients = new PatientRows(people, IdBlock.of(connection, "patient", BATCH));
        this.care = new CareRecords(treatments, calendar, IdBlock.of(connection, "treatment_course", BATCH),
                IdBlock.of(connection, "follow_up", BATCH));
        this.paperwork = new ConsentsAndNotes(calendar);
        this.inquiries = new InquiryRows(treatments, calendar, people, inboxStaff(connection));
    }

    public static void main(String[] args) throws SQLException, IOException {
        int patients = 1_000;
        long seed = 20261128L;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--patients" -> patients = Integer.parseInt(args[++i].replace("_", ""));
                case "--seed" -> seed = Long.parseLong(args[++i]);
                default -> exit("usage: ./clinic generate [--patients N] [--seed S]", 2);
            }
        }
        try (Connection connection = connect()) {
            if (!tableExists(connection, "treatment_course")) {
                exit("The database has no patient care tables yet: start the platform once (./clinic start)"
                        + " so that it creates its tables, then generate.", 1);
            }
            var treatments = TreatmentMix.read(connection);
            if (treatments.isEmpty()) {
                exit("The catalogue has no treatments for courses to be of: start the platform once with its demo"
                        + " content (./clinic start adds it), or add treatments, then generate.", 1);
            }
            new DataGenerator(connection, seed, treatments).generate(patients);
        }
    }

    private void generate(int count) throws SQLException, IOException {
        long started = System.nanoTime();
        var timeline = Timeline.plan(count, random, calendar);
        timeline.number(IdBlock.take(connection, "inquiry_number_seq", timeline.inquiries()));
        var inquiryConnection = connect();
        // the inquiries are committed at the end, and seen by autovacuum only then
        var committedInBatches = Stream.of(List.of(patients.patients), recordTables()).flatMap(List::stream)
                .map(CopyTable::name).toList();
        try (var pause = AutovacuumPause.of(DataGenerator::connect, committedInBatches);
                var copier = new Copier(List.of(connect(), inquiryConnection, connect()))) {
            var searchIndex = RebuiltIndex.drop(inquiryConnection, "inquiry_search_text");
            copyInBatches(timeline, copier);
            long building = System.nanoTime();
            searchIndex.build();
            System.out.printf("  the inquiries' search index built in %.1f s%n", (System.nanoTime() - building) / 1e9);
        }
        summariseCourses();
        analyze();
        summary(count, (System.nanoTime() - started) / 1e9);
    }

    /**
     * Each batch's patients with everything about them, and a share of the inquiries that did not become patients.
     * The patients go in first; then side by side the inquiries (on the connection whose transaction rebuilds their
     * search index) and the rest.
     */
    private void copyInBatches(Timeline timeline, Copier copier) throws SQLException, IOException {
        int count = timeline.patients();
        int batches = Math.max(1, (count + BATCH - 1) / BATCH);
        for (int batch = 0; batch < batches; batch++) {
            for (int i = batch * BATCH; i < Math.min(count, (batch + 1) * BATCH); i++) {
                patient(timeline, i);
            }
            int othersTo = share(timeline.others(), batch + 1, batches);
            for (int i = share(timeline.others(), batch, batches); i < othersTo; i++) {
                inquiries.other(timeline.otherSent(i), timeline.otherNumber(i), random);
            }
            copier.send(List.of(patients.patients), List.of(inquiryTables(), recordTables()));
            System.out.printf("  %,d patients…%n", Math.min(count, (batch + 1) * BATCH));
        }
        copier.finish();
    }

    /** The patient, their care and paperwork, and the inquiry that brought them if one did. */
    private void patient(Timeline timeline, int index) throws SQLException {
        var patient = patients.add(index, timeline.registered(index), timeline.cameByInquiry(index), random);
        var firstTreatment = care.coursesOf(patient, random);
        paperwork.consents(patient, firstTreatment != null, random);
        paperwork.notes(patient, random);
        if (timeline.cameByInquiry(index)) {
            inquiries.converted(patient, firstTreatment, timeline.inquirySent(index), timeline.inquiryNumber(index),
                    random);
        }
    }

    /** Where the batch's share of {@code total} starts. */
    private static int share(int total, int batch, int batches) {
        return (int) ((long) total * batch / batches);
    }

    private List<CopyTable> inquiryTables() {
        return List.of(inquiries.converted, inquiries.others);
    }

    private List<CopyTable> recordTables() {
        return Stream.concat(paperwork.tables().stream(), care.tables().stream()).toList();
    }

    /** Every table written, the patients first. */
    private List<CopyTable> tables() {
        return Stream.of(List.of(patients.patients), inquiryTables(), recordTables()).flatMap(List::stream).toList();
    }

    /** What each course contributes to the outcome figures, by the database's own rule (V16). */
    private void summariseCourses() throws SQLException {
        long started = System.nanoTime();
        try (var statement = connection.createStatement()) {
            statement.execute("select refresh_course_summary(null)");
        }
        System.out.printf("  the courses' outcome summaries in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    private void analyze() throws SQLException {
        try (var statement = connection.createStatement()) {
            statement.execute("analyze " + String.join(", ", tables().stream().map(CopyTable::name).distinct()
                    .toList()));
        }
    }

    private void summary(int count, double seconds) {
        record Copied(long rows, double seconds) {
        }
        var byTable = new LinkedHashMap<String, Copied>();
        for (var table : tables()) {
            byTable.merge(table.name(), new Copied(table.copied(), table.seconds()),
                    (one, other) -> new Copied(one.rows() + other.rows(), one.seconds() + other.seconds()));
        }
        System.out.printf("Generated %,d patients and their records in %.1f s:%n", count, seconds);
        byTable.forEach((table, copied) -> System.out.printf("  %-18s %,12d rows  (COPY %.1f s)%n", table,
                copied.rows(), copied.seconds()));
        long rows = byTable.values().stream().mapToLong(Copied::rows).sum();
        System.out.printf("  %-18s %,12d rows, %,.0f a second%n", "in all", rows, rows / seconds);
    }

    private static Connection connect() throws SQLException {
        var connection = DriverManager.getConnection(
                LocalDatabase.env("SPRING_DATASOURCE_URL", "jdbc:postgresql://127.0.0.1:55432/clinic"),
                LocalDatabase.env("SPRING_DATASOURCE_USERNAME", "clinic"),
                LocalDatabase.env("SPRING_DATASOURCE_PASSWORD", "clinic"));
        try (var statement = connection.createStatement()) {
            statement.execute(SESSION);
        }
        return connection;
    }

    /** The accounts that work the inbox (STAFF, administrators aside), to assign inquiries to. */
    private static List<Long> inboxStaff(Connection connection) throws SQLException {
        var ids = new ArrayList<Long>();
        try (var query = connection.prepareStatement("select user_account_id from user_account_role group by"
                + " user_account_id having bool_or(role = 'STAFF') and not bool_or(role = 'ADMIN') order by 1")) {
            var rows = query.executeQuery();
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids;
    }

    private static boolean tableExists(Connection connection, String table) throws SQLException {
        try (var query = connection.prepareStatement("select to_regclass(?) is not null")) {
            query.setString(1, table);
            var row = query.executeQuery();
            return row.next() && row.getBoolean(1);
        }
    }

    private static void exit(String message, int status) {
        System.err.println(message);
        System.exit(status);
    }
}
