package com.clinicplatform.course;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each treatment helped, and how often it harmed: the median change in pain at the 6–8 week review, the
 * courses and patients behind it, and the share of courses followed by an adverse event. Read on every call from what
 * each course contributes (kept on the course as it changes, V16), so a follow-up recorded a moment ago counts at
 * once, and a million patients take a fraction of a second.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class OutcomeFigures {

    private final JdbcClient jdbc;

    OutcomeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per treatment with at least one course, in catalogue order. */
    public List<TreatmentOutcome> perTreatment() {
        var tallies = new LinkedHashMap<Long, Tally>();
        // pain changes are whole numbers from -10 to 10: counting each value gives the median exactly, from a
        // result of a few dozen rows
        jdbc.sql("""
                select t.id, t.title, c.review_pain_change, count(*) as courses,
                       count(*) filter (where c.adverse_events > 0) as harmed,
                       coalesce(sum(c.severe_adverse_events), 0) as severe
                from treatment_course c
                join treatment t on t.id = c.treatment_id
                group by t.position, t.id, t.title, c.review_pain_change
                order by t.position
                """).query(row -> {
                    var title = row.getString("title");
                    var tally = tallies.computeIfAbsent(row.getLong("id"), id -> new Tally(title));
                    long courses = row.getLong("courses");
                    int change = row.getInt("review_pain_change");
                    if (!row.wasNull()) {
                        tally.changes.merge(change, courses, Long::sum);
                    }
                    tally.courses += courses;
                    tally.harmed += row.getLong("harmed");
                    tally.severe += row.getLong("severe");
                });
        Map<Long, Long> patients = new LinkedHashMap<>();
        jdbc.sql("""
                select treatment_id, count(distinct patient_id) as patients from treatment_course
                where review_pain_change is not null group by treatment_id
                """).query(row -> {
                    patients.put(row.getLong("treatment_id"), row.getLong("patients"));
                });
        var outcomes = new ArrayList<TreatmentOutcome>();
        tallies.forEach((id, tally) -> outcomes.add(new TreatmentOutcome(id, tally.title, tally.courses,
                median(tally.changes), tally.changes.values().stream().mapToLong(Long::longValue).sum(),
                patients.getOrDefault(id, 0L), tally.harmed, tally.severe)));
        return outcomes;
    }

    /** The median of values given with how often each occurs; the mean of the middle two when their count is even. */
    static OptionalDouble median(TreeMap<Integer, Long> counts) {
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            return OptionalDouble.empty();
        }
        long lower = (total - 1) / 2;  // zero-based positions of the middle one or two
        long upper = total / 2;
        Integer atLower = null;
        long seen = 0;
        for (var entry : counts.entrySet()) {
            seen += entry.getValue();
            if (atLower == null && seen > lower) {
                atLower = entry.getKey();
            }
            if (seen > upper) {
                return OptionalDouble.of((atLower + entry.getKey()) / 2.0);
            }
        }
        throw new IllegalStateException("unreachable: the counts add up to " + total);
    }

    private static final class Tally {
        final String title;
        final TreeMap<Integer, Long> changes = new TreeMap<>();
        long courses;
        long harmed;
        long severe;

        Tally(String title) {
            this.title = title;
        }
    }
}
