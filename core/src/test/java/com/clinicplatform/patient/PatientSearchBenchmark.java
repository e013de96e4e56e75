package com.clinicplatform.patient;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.clinicplatform.CoreTestApplication;

/**
 * {@code ./clinic bench patients}: times {@link PatientService#search} (the first page of 50, as the Patients view
 * asks for it) against the running local database, after {@code ./clinic generate --patients 1000000}. Not a test:
 * it lives with the tests only to stay out of every app jar.
 */
public final class PatientSearchBenchmark {

    private static final int WARM_UP_ROUNDS = 3;
    private static final int ROUNDS = 20;
    private static final int PAGE = 50;

    /** What staff type, by kind: the figures are reported per kind and for all together. */
    private static final LinkedHashMap<String, List<String>> SEARCHES = new LinkedHashMap<>();

    static {
        SEARCHES.put("everyone (empty search)", List.of(""));
        SEARCHES.put("a name's start (1-2 letters)", List.of("j", "jo", "ma", "s"));
        SEARCHES.put("a common fragment", List.of("son", "ton", "lee", "ash", "mar"));
        SEARCHES.put("a rare fragment", List.of("smi", "ziem", "okaf", "quill", "ashworth"));
        SEARCHES.put("an email's start", List.of("oliver.", "grace.", "zz"));
        SEARCHES.put("a phone number", List.of("020 7946 0042", "0117 496 0017"));
        SEARCHES.put("a birth date", List.of("25/03/1961", "1990-07-14"));
    }

    private PatientSearchBenchmark() {
    }

    public static void main(String[] args) {
        try (var context = new SpringApplicationBuilder(CoreTestApplication.class)
                .web(WebApplicationType.NONE)
                .properties("spring.config.import=classpath:clinic-core.properties", "spring.main.banner-mode=off",
                        "logging.level.root=warn")
                // on the command line, which outranks clinic-core.properties: nothing is signed here
                .run("--clinic.signing-secret=bench-only-secret-never-used-to-sign-anything")) {
            var patients = context.getBean(PatientService.class);
            long size = context.getBean(JdbcClient.class)
                    .sql("select greatest(reltuples, 0)::bigint from pg_class where relname = 'patient'")
                    .query(Long.class).single();
            System.out.printf("Patient search, first page of %d, at about %,d patients (%d rounds after %d to warm"
                    + " up):%n", PAGE, size, ROUNDS, WARM_UP_ROUNDS);
            var all = new ArrayList<Long>();
            SEARCHES.forEach((kind, searches) -> {
                var times = new ArrayList<Long>();
                for (int round = 0; round < WARM_UP_ROUNDS + ROUNDS; round++) {
                    for (var typed : searches) {
                        long started = System.nanoTime();
                        patients.search(typed, false, 0, PAGE);
                        if (round >= WARM_UP_ROUNDS) {
                            times.add(System.nanoTime() - started);
                        }
                    }
                }
                all.addAll(times);
                report(kind, times);
            });
            report("all together", all);
        }
    }

    private static void report(String kind, List<Long> nanos) {
        var sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("  %-30s p50 %6.1f ms   p95 %6.1f ms   max %6.1f ms   (%d searches)%n", kind,
                percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1] / 1e6, sorted.length);
    }

    private static double percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
