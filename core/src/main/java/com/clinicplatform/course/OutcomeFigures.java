package com.clinicplatform.course;

import java.util.List;
import java.util.OptionalDouble;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether each treatment helped, and how often it harmed: the median change in pain at the 6–8 week review, the
 * patients behind it, and the share of courses followed by an adverse event. Worked out by the database on every call,
 * so a follow-up recorded a moment ago counts at once.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class OutcomeFigures {

    /**
     * A review's scores count for "the 6–8 week review" when measured 5 to 10 weeks after the first session: the
     * plan's 6 to 8 weeks, with a week's leeway before and two weeks' after (when it would count as missed).
     */
    static final int REVIEW_FROM_DAYS = 35;
    static final int REVIEW_UNTIL_DAYS = 70;

    private final JdbcClient jdbc;

    OutcomeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One line per treatment with at least one course, in catalogue order. */
    public List<TreatmentOutcome> perTreatment() {
        return jdbc.sql("""
                with courses as (
                    select treatment_id, count(*) as courses from treatment_course group by treatment_id
                ), reviewed as (
                    select c.treatment_id,
                           percentile_cont(0.5) within group (order by review.pain - baseline.pain) as median_change,
                           count(*) as reviewed, count(distinct c.patient_id) as patients
                    from treatment_course c
                    join outcome_score baseline on baseline.course_id = c.id and baseline.follow_up_id is null
                    join follow_up f on f.course_id = c.id and f.kind = 'REVIEW'
                    join outcome_score review on review.follow_up_id = f.id
                    where review.measured_on between c.started_on + :reviewFrom and c.started_on + :reviewUntil
                    group by c.treatment_id
                ), harmed as (
                    select c.treatment_id, count(distinct a.course_id) as courses,
                           count(*) filter (where a.severity = 'SEVERE') as severe
                    from adverse_event a
                    join treatment_course c on c.id = a.course_id
                    group by c.treatment_id
                )
                select t.id, t.title, courses.courses, reviewed.median_change, coalesce(reviewed.reviewed, 0) as reviewed,
                       coalesce(reviewed.patients, 0) as patients,
                       coalesce(harmed.courses, 0) as harmed, coalesce(harmed.severe, 0) as severe
                from treatment t
                join courses on courses.treatment_id = t.id
                left join reviewed on reviewed.treatment_id = t.id
                left join harmed on harmed.treatment_id = t.id
                order by t.position
                """)
                .param("reviewFrom", REVIEW_FROM_DAYS)
                .param("reviewUntil", REVIEW_UNTIL_DAYS)
                .query((row, n) -> {
                    double median = row.getDouble("median_change");
                    var medianPainChange = row.wasNull() ? OptionalDouble.empty() : OptionalDouble.of(median);
                    return new TreatmentOutcome(row.getLong("id"), row.getString("title"), row.getLong("courses"),
                            medianPainChange, row.getLong("reviewed"), row.getLong("patients"), row.getLong("harmed"), row.getLong("severe"));
                })
                .list();
    }
}
