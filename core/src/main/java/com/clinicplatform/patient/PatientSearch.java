package com.clinicplatform.patient;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;

/**
 * What staff type into the patients' search box, read as what it most likely is: a birth date (25/03/1961 or
 * 1961-03-25), an email (it has an @), a phone number (mostly digits), or else a name. Each is answered from its own
 * index, so the first page comes at once among a million patients; nothing counts the whole table.
 */
@Component
class PatientSearch {

    static final int MIN_FRAGMENT = 3;
    /** The order of every list of patients, which the index patient_name_order gives (V13). */
    private static final String BY_NAME = "lower(full_name) collate \"C\", id";
    /** Up to this many matches are gathered and sorted; more are read in name order instead. */
    static final int FEW_MATCHES = 5_000;
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ofPattern("d/M/uuuu"),
            DateTimeFormatter.ofPattern("d.M.uuuu"), DateTimeFormatter.ISO_LOCAL_DATE);

    private final EntityManager entityManager;

    PatientSearch(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @SuppressWarnings("unchecked")
    List<Patient> page(String typed, boolean includeArchived, int offset, int limit) {
        var query = typed == null ? "" : typed.strip();
        var archived = includeArchived ? "" : " and archived_at is null";
        String sql;
        Object value = null;
        var birthDate = birthDate(query);
        if (query.isEmpty()) {
            sql = "select * from patient where true" + archived + " order by " + BY_NAME;
        } else if (birthDate.isPresent()) {
            sql = "select * from patient where date_of_birth = :value" + archived + " order by " + BY_NAME;
            value = birthDate.get();
        } else if (query.contains("@")) {
            sql = "select * from patient where lower(email) like :value" + archived + " order by lower(email), id";
            value = escape(query.toLowerCase(Locale.ROOT)) + "%";
        } else if (isPhone(query)) {
            // stored as +44…: the national leading 0 is not in it, so look for what follows
            var digits = query.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            sql = "select * from patient where phone like :value" + archived + " order by " + BY_NAME;
            value = "%" + digits + "%";
        } else if (query.length() >= MIN_FRAGMENT) {
            value = "%" + escape(query.toLowerCase(Locale.ROOT)) + "%";
            sql = fragmentQuery(value.toString(), archived);
        } else {
            // the start of the name: a range of the name index, read in its order
            value = escape(query.toLowerCase(Locale.ROOT)) + "%";
            sql = "select * from patient where lower(full_name) collate \"C\" like :value" + archived
                    + " order by " + BY_NAME;
        }
        var statement = entityManager.createNativeQuery(sql + " offset :offset limit :limit", Patient.class)
                .setParameter("offset", offset).setParameter("limit", limit);
        if (value != null) {
            statement.setParameter("value", value);
        }
        return statement.getResultList();
    }

    /**
     * Names containing a fragment, in name order, whichever way is quick for it. Few matches (a rare fragment): the
     * trigram index finds them all and only they are sorted. Many (a common one, "son"): walking the names in order
     * finds a page of them within a few hundred rows, while sorting them all would not be quick. A count capped just
     * past "few", through the trigram index, tells which.
     */
    private String fragmentQuery(String pattern, String archived) {
        long found = ((Number) entityManager.createNativeQuery("select count(*) from (select 1 from patient"
                        + " where lower(full_name) like :value" + archived + " limit " + (FEW_MATCHES + 1) + ") capped")
                .setParameter("value", pattern).getSingleResult()).longValue();
        if (found <= FEW_MATCHES) {
            return "with found as materialized (select * from patient where lower(full_name) like :value" + archived
                    + ") select * from found order by " + BY_NAME;
        }
        // the planner, misjudging how common the fragment is, would rather gather every match and sort them (or scan
        // the table): for this query, within this transaction, it can only walk the name index
        entityManager.createNativeQuery("set local enable_bitmapscan = off").executeUpdate();
        entityManager.createNativeQuery("set local enable_seqscan = off").executeUpdate();
        // one process reading in order stops after a page; parallel workers would first each start a walk
        entityManager.createNativeQuery("set local max_parallel_workers_per_gather = 0").executeUpdate();
        return "select * from patient where lower(full_name) like :value" + archived + " order by " + BY_NAME;
    }

    private static Optional<LocalDate> birthDate(String query) {
        for (var format : DATES) {
            try {
                return Optional.of(LocalDate.parse(query, format));
            } catch (DateTimeParseException e) {
                // not in this form: try the next
            }
        }
        return Optional.empty();
    }

    private static boolean isPhone(String query) {
        return query.matches("[+0-9 ()-]+") && query.replaceAll("[^0-9]", "").length() >= 4;
    }

    /** LIKE's own wildcards typed by someone are looked for as themselves. */
    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
