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
            sql = "select * from patient where true" + archived + " order by lower(full_name), id";
        } else if (birthDate.isPresent()) {
            sql = "select * from patient where date_of_birth = :value" + archived + " order by lower(full_name), id";
            value = birthDate.get();
        } else if (query.contains("@")) {
            sql = "select * from patient where lower(email) like :value" + archived + " order by lower(email), id";
            value = escape(query.toLowerCase(Locale.ROOT)) + "%";
        } else if (isPhone(query)) {
            // stored as +44…: the national leading 0 is not in it, so look for what follows
            var digits = query.replaceAll("[^0-9]", "").replaceFirst("^0+", "");
            sql = "select * from patient where phone like :value" + archived + " order by lower(full_name), id";
            value = "%" + digits + "%";
        } else if (query.length() >= MIN_FRAGMENT) {
            // the trigram index finds the matches first, and only they are sorted: a b-tree walk in name order,
            // filtering as it goes, would read most of the table for a rare fragment
            sql = "with found as materialized (select * from patient where lower(full_name) like :value" + archived
                    + ") select * from found order by lower(full_name), id";
            value = "%" + escape(query.toLowerCase(Locale.ROOT)) + "%";
        } else {
            sql = "select * from patient where lower(full_name) like :value" + archived
                    + " order by lower(full_name), id";
            value = escape(query.toLowerCase(Locale.ROOT)) + "%";
        }
        var statement = entityManager.createNativeQuery(sql + " offset :offset limit :limit", Patient.class)
                .setParameter("offset", offset).setParameter("limit", limit);
        if (value != null) {
            statement.setParameter("value", value);
        }
        return statement.getResultList();
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
