package com.clinicplatform.dev;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * A patient's treatment courses and what followed each: the review and the repeat-course check planned for it (from
 * the treatment's follow-up plan), done around their due dates by whoever made the call, a few missed; pain and
 * function at baseline and at the follow-ups; and now and then an adverse event. As core's {@code TreatmentCourses}
 * would have recorded them, so every row passes its constraints and reads back through its entities.
 */
final class CareRecords {

    /** Patients with at least one course (a little above 40%: the newest ones have not started yet). */
    private static final double IN_CARE = 0.42;
    private static final double ANOTHER_COURSE = 0.28;
    private static final int MOST_COURSES = 3;
    private static final double REPEAT_OF_THE_SAME = 0.65;
    private static final double WITH_BASELINE = 0.92;
    private static final double WITH_ADVERSE_EVENT = 0.06;
    /** Follow-ups due more than two weeks ago and never done (the work list counts them as missed). */
    private static final double MISSED = 0.04;
    /** Follow-ups due in the last two weeks not done yet. */
    private static final double STILL_DUE = 0.5;
    private static final double REPEAT_CHECK_SCORED = 0.35;
    private static final double FOLLOW_UP_NOTE = 0.4;
    private static final double UNRESOLVED = 0.03;

    final CopyTable courses = new CopyTable("treatment_course", "id, patient_id, treatment_id, body_site, cell_source,"
            + " started_on, clinician, sessions, created_at, updated_at");
    final CopyTable followUps = new CopyTable("follow_up", "id, course_id, kind, due_on, done_on, done_by_name, note");
    final CopyTable scores = new CopyTable("outcome_score",
            "course_id, follow_up_id, measured_on, pain, function_score, recorded_at, recorded_by_name");
    final CopyTable adverseEvents = new CopyTable("adverse_event", "course_id, occurred_on, kind, description,"
            + " severity, action_taken, resolved_on, recorded_at, recorded_by_name");
    private final TreatmentMix treatments;
    private final ClinicCalendar calendar;
    private final IdBlock courseIds;
    private final IdBlock followUpIds;

    CareRecords(TreatmentMix treatments, ClinicCalendar calendar, IdBlock courseIds, IdBlock followUpIds) {
        this.treatments = treatments;
        this.calendar = calendar;
        this.courseIds = courseIds;
        this.followUpIds = followUpIds;
    }

    List<CopyTable> tables() {
        return List.of(courses, followUps, scores, adverseEvents);
    }

    /**
     * Records the patient's courses, if they had any: the first within weeks of registering, another now and then,
     * most often the same again after the repeat-course check.
     *
     * @return the treatment of the first course, or null when the patient had none
     */
    TreatmentMix.Offer coursesOf(PatientRows.Patient patient, Random random) throws SQLException {
        if (random.nextDouble() >= IN_CARE) {
            return null;
        }
        var treatment = treatments.pick(random);
        var site = treatment.sites().pick(random);
        var started = calendar.dayOf(patient.registered()).plusDays(1 + random.nextInt(45));
        TreatmentMix.Offer first = null;
        for (int course = 0; course < MOST_COURSES && !started.isAfter(calendar.today()); course++) {
            course(patient.id(), treatment, site, started, random);
            first = first == null ? treatment : first;
            if (random.nextDouble() >= ANOTHER_COURSE) {
                break;
            }
            if (random.nextDouble() < REPEAT_OF_THE_SAME) {
                started = started.plusMonths(treatment.repeatAfterMonths()).plusDays(random.nextInt(120) - 30);
            } else {
                treatment = treatments.pick(random);
                site = treatment.sites().pick(random);
                started = started.plusDays(90 + random.nextInt(700));
            }
        }
        return first;
    }

    private void course(long patientId, TreatmentMix.Offer treatment, String site, LocalDate started, Random random)
            throws SQLException {
        long id = courseIds.next();
        var clinician = Texts.any(Texts.CLINICIANS, random);
        var source = treatment.sources().pick(random);
        var recorded = calendar.workingHours(started, random);
        courses.add(id, patientId, treatment.id(), site, source, started, clinician, treatment.sessions().pick(random),
                recorded, recorded);
        var before = OutcomeScores.baseline(random);
        if (random.nextDouble() < WITH_BASELINE) {
            score(id, null, started, before, clinician, random);
        }
        var afterReview = followUp(id, "REVIEW", started.plusWeeks(treatment.reviewAfterWeeks()), clinician, before,
                random);
        followUp(id, "REPEAT_CHECK", started.plusMonths(treatment.repeatAfterMonths()), clinician, afterReview, random);
        if (random.nextDouble() < WITH_ADVERSE_EVENT) {
            adverseEvent(id, started, treatment.harvests(source), clinician, random);
        }
    }

    /**
     * A follow-up, done with scores (a review always has them, as core requires) or still open.
     *
     * @return the scores after it: the ones it measured, else those before
     */
    private OutcomeScores followUp(long courseId, String kind, LocalDate due, String clinician, OutcomeScores before,
            Random random) throws SQLException {
        long id = followUpIds.next();
        var done = doneOn(due, random);
        if (done == null) {
            followUps.add(id, courseId, kind, due, null, null, null);
            return before;
        }
        boolean review = kind.equals("REVIEW");
        var by = review && random.nextBoolean() ? clinician : Texts.any(Texts.NURSES, random);
        var after = review ? before.atReview(random)
                : random.nextDouble() < REPEAT_CHECK_SCORED ? before.later(random) : null;
        var notes = review ? after.reviewNotesSince(before) : Texts.REPEAT_CHECK_NOTES;
        followUps.add(id, courseId, kind, due, done, by, Texts.sometimes(notes, FOLLOW_UP_NOTE, random));
        if (after == null) {
            return before;
        }
        score(courseId, id, done, after, by, random);
        return after;
    }

    /** Around the due date, or not yet: still due, or missed. */
    private LocalDate doneOn(LocalDate due, Random random) {
        if (due.isAfter(calendar.today())) {
            return null;
        }
        long overdue = ChronoUnit.DAYS.between(due, calendar.today());
        if (random.nextDouble() < (overdue <= 14 ? STILL_DUE : MISSED)) {
            return null;
        }
        return calendar.notAfterToday(due.plusDays(random.nextInt(12) - 3));
    }

    private void score(long courseId, Long followUpId, LocalDate measured, OutcomeScores outcome, String by,
            Random random) {
        scores.add(courseId, followUpId, measured, outcome.pain(), outcome.function(),
                calendar.workingHours(measured, random), by);
    }

    /** Within days of the start; most settle in a few days, the serious ones in weeks, a few not yet. */
    private void adverseEvent(long courseId, LocalDate started, boolean harvested, String clinician, Random random) {
        var occurred = started.plusDays(random.nextInt(12));
        if (occurred.isAfter(calendar.today())) {
            return;
        }
        var event = AdverseEvents.draw(harvested, random);
        var resolved = occurred.plusDays(event.daysToResolve());
        var recorded = calendar.workingHours(calendar.notAfterToday(occurred.plusDays(random.nextInt(3))), random);
        adverseEvents.add(courseId, occurred, event.kind(),
                Texts.sometimes(Texts.ADVERSE_EVENT_DESCRIPTIONS, 0.6, random), event.severity(), event.actionTaken(),
                resolved.isAfter(calendar.today()) || random.nextDouble() < UNRESOLVED ? null : resolved, recorded,
                clinician);
    }
}
