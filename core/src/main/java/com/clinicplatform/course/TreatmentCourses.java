package com.clinicplatform.course;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.validation.Valid;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.system.ClinicProperties;
import com.clinicplatform.treatment.TreatmentChoice;
import com.clinicplatform.treatment.TreatmentService;

/**
 * Treatment courses and what follows them. Recording a course schedules its follow-ups from the treatment's plan;
 * recording a follow-up keeps its scores; every change is on the patient's audit trail.
 */
@Service
@Validated
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class TreatmentCourses {

    private final TreatmentCourseRepository courses;
    private final FollowUpRepository followUps;
    private final OutcomeScoreRepository scores;
    private final AdverseEventRepository adverseEvents;
    private final FollowUpPlanRepository plans;
    private final PatientService patients;
    private final TreatmentService treatments;
    private final AccountService accounts;
    private final AuditTrail audit;
    private final ClinicProperties settings;
    private final Clock clock;

    TreatmentCourses(TreatmentCourseRepository courses, FollowUpRepository followUps, OutcomeScoreRepository scores,
            AdverseEventRepository adverseEvents, FollowUpPlanRepository plans, PatientService patients,
            TreatmentService treatments, AccountService accounts, AuditTrail audit, ClinicProperties settings,
            Clock clock) {
        this.courses = courses;
        this.followUps = followUps;
        this.scores = scores;
        this.adverseEvents = adverseEvents;
        this.plans = plans;
        this.patients = patients;
        this.treatments = treatments;
        this.accounts = accounts;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Today in the clinic's time zone: what "due" and "missed" are measured against. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(settings.timeZone()));
    }

    /** Records a course, its baseline scores when given, and schedules its review and its repeat-course check. */
    @Transactional
    public TreatmentCourse record(long patientId, @Valid CourseDetails details) {
        patients.holdInCare(patientId);
        requireOffered(details.treatmentId());
        var course = courses.save(new TreatmentCourse(patientId, details, clock.instant()));
        var plan = plan(details.treatmentId());
        followUps.save(new FollowUp(course.id(), FollowUpKind.REVIEW, reviewDue(course, plan)));
        followUps.save(new FollowUp(course.id(), FollowUpKind.REPEAT_CHECK, repeatDue(course, plan)));
        if (details.baselinePain() != null) {
            scores.save(new OutcomeScore(course.id(), null, details.startedOn(), details.baselinePain(),
                    details.baselineFunction(), clock.instant(), signature()));
        }
        summarise(course.id());
        audit.record(AuditAction.COURSE_RECORDED, PatientService.AUDIT_TARGET, patientId,
                Map.of("course", course.id().toString(), "treatment", details.treatmentId().toString()));
        return course;
    }

    /**
     * Corrects a course. Follow-ups not yet done move with a new start date or treatment; baseline scores are added
     * when the course had none, and never overwritten.
     */
    @Transactional
    public TreatmentCourse change(long courseId, long seenVersion, @Valid CourseDetails details) {
        var course = courses.findById(courseId).orElseThrow(() -> new IllegalArgumentException("no such course"));
        if (course.version() != seenVersion) {
            throw new PatientChangedMeanwhileException();
        }
        patients.requireInCare(course.patientId());
        requireOffered(details.treatmentId());
        course.change(details, clock.instant());
        // the version check first: nothing of a stale change is written
        course = courses.saveAndFlush(course);
        var plan = plan(details.treatmentId());
        for (var followUp : followUps.findByCourseId(courseId)) {
            if (followUp.doneOn().isEmpty()) {
                followUp.reschedule(followUp.kind() == FollowUpKind.REVIEW ? reviewDue(course, plan)
                        : repeatDue(course, plan));
            }
        }
        var baseline = scores.findByCourseIdInOrderByMeasuredOnAscIdAsc(List.of(courseId)).stream()
                .filter(OutcomeScore::isBaseline).findFirst();
        baseline.ifPresent(score -> score.measuredOn(details.startedOn()));
        if (details.baselinePain() != null && baseline.isEmpty()) {
            scores.save(new OutcomeScore(courseId, null, details.startedOn(), details.baselinePain(),
                    details.baselineFunction(), clock.instant(), signature()));
        }
        summarise(course.id());
        audit.record(AuditAction.COURSE_CHANGED, PatientService.AUDIT_TARGET, course.patientId(),
                Map.of("course", course.id().toString()));
        return course;
    }

    /** Every course of the patient's, oldest first, each with its follow-ups, scores and adverse events. */
    public List<CourseHistory> history(long patientId) {
        var patientCourses = courses.findByPatientIdOrderByStartedOnAscIdAsc(patientId);
        if (patientCourses.isEmpty()) {
            return List.of();
        }
        var ids = patientCourses.stream().map(TreatmentCourse::id).toList();
        var followUpsByCourse = followUps.findByCourseIdInOrderByDueOnAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(FollowUp::courseId));
        var scoresByCourse = scores.findByCourseIdInOrderByMeasuredOnAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(OutcomeScore::courseId));
        var eventsByCourse = adverseEvents.findByCourseIdInOrderByOccurredOnAscIdAsc(ids).stream()
                .collect(Collectors.groupingBy(AdverseEvent::courseId));
        var titles = treatments.offered().stream()
                .collect(Collectors.toMap(TreatmentChoice::id, TreatmentChoice::title));
        var histories = new ArrayList<CourseHistory>();
        for (var course : patientCourses) {
            histories.add(new CourseHistory(course, titles.getOrDefault(course.treatmentId(), "Treatment"),
                    followUpsByCourse.getOrDefault(course.id(), List.of()),
                    scoresByCourse.getOrDefault(course.id(), List.of()),
                    eventsByCourse.getOrDefault(course.id(), List.of())));
        }
        return histories;
    }

    public boolean hasCourses(long patientId) {
        return courses.existsByPatientId(patientId);
    }

    /** For an erasure on request: what staff wrote about the patient's follow-up calls may name them. */
    @Transactional
    public void forgetFollowUpNotes(long patientId) {
        var ids = courses.findByPatientIdOrderByStartedOnAscIdAsc(patientId).stream().map(TreatmentCourse::id)
                .toList();
        followUps.findByCourseIdInOrderByDueOnAscIdAsc(ids).forEach(FollowUp::forgetNote);
    }

    /** Records that a follow-up took place, with its scores; a review must have them. */
    @Transactional
    public FollowUp recordFollowUp(long followUpId, long seenVersion, @Valid FollowUpResult result) {
        var followUp = followUps.findById(followUpId)
                .orElseThrow(() -> new IllegalArgumentException("no such follow-up"));
        if (followUp.version() != seenVersion || followUp.doneOn().isPresent()) {
            throw new PatientChangedMeanwhileException();
        }
        if (followUp.kind() == FollowUpKind.REVIEW && result.reached() && !result.hasScores()) {
            throw new IllegalArgumentException("a review needs its pain and function scores");
        }
        var course = courses.findById(followUp.courseId()).orElseThrow();
        patients.requireInCare(course.patientId());
        var by = signature();
        followUp.done(result.doneOn(), by, result.note(), result.reached());
        // the version check before the score: two people recording at once get "changed meanwhile", not a clash
        followUp = followUps.saveAndFlush(followUp);
        if (result.hasScores()) {
            scores.save(new OutcomeScore(course.id(), followUp.id(), result.doneOn(), result.pain(),
                    result.function(), clock.instant(), by));
        }
        summarise(course.id());
        audit.record(AuditAction.FOLLOW_UP_RECORDED, PatientService.AUDIT_TARGET, course.patientId(),
                Map.of("course", course.id().toString(), "followUp", followUp.id().toString(),
                        "kind", followUp.kind().name(), "reached", Boolean.toString(result.reached())));
        return followUp;
    }

    /**
     * Corrects scores typed wrongly, baseline or follow-up: the figures follow at once, and the trail keeps that
     * they were corrected.
     *
     * @throws PatientChangedMeanwhileException when someone else corrected them since {@code seenVersion}
     */
    @Transactional
    public OutcomeScore correctScore(long scoreId, long seenVersion, @Valid ScoreCorrection correction) {
        var score = scores.findById(scoreId).orElseThrow(PatientChangedMeanwhileException::new);
        if (score.version() != seenVersion) {
            throw new PatientChangedMeanwhileException();
        }
        var course = courses.findById(score.courseId()).orElseThrow();
        patients.requireInCare(course.patientId());
        score.correct(correction.pain(), correction.function(), clock.instant(), signature());
        score = scores.saveAndFlush(score);
        summarise(course.id());
        audit.record(AuditAction.SCORE_CORRECTED, PatientService.AUDIT_TARGET, course.patientId(),
                Map.of("course", course.id().toString(), "score", score.id().toString()));
        return score;
    }

    @Transactional
    public AdverseEvent reportAdverseEvent(long courseId, @Valid AdverseEventReport report) {
        var course = courses.findById(courseId).orElseThrow(() -> new IllegalArgumentException("no such course"));
        patients.requireInCare(course.patientId());
        var event = adverseEvents.save(new AdverseEvent(courseId, report, clock.instant(), signature()));
        summarise(courseId);
        audit.record(AuditAction.ADVERSE_EVENT_RECORDED, PatientService.AUDIT_TARGET, course.patientId(),
                Map.of("course", Long.toString(courseId), "adverseEvent", event.id().toString(),
                        "severity", report.severity().name()));
        return event;
    }

    /** Updates an adverse event: most often, that it has resolved. */
    @Transactional
    public AdverseEvent changeAdverseEvent(long eventId, long seenVersion, @Valid AdverseEventReport report) {
        var event = adverseEvents.findById(eventId)
                .orElseThrow(() -> new IllegalArgumentException("no such adverse event"));
        if (event.version() != seenVersion) {
            throw new PatientChangedMeanwhileException();
        }
        var course = courses.findById(event.courseId()).orElseThrow();
        patients.requireInCare(course.patientId());
        event.change(report);
        event = adverseEvents.saveAndFlush(event);
        summarise(course.id());
        audit.record(AuditAction.ADVERSE_EVENT_CHANGED, PatientService.AUDIT_TARGET, course.patientId(),
                Map.of("course", course.id().toString(), "adverseEvent", event.id().toString(),
                        "severity", report.severity().name()));
        return event;
    }

    /** One page of a work list's follow-ups, longest due first, of patients not archived. */
    public List<DueFollowUp> followUps(FollowUpQueue queue, int offset, int limit) {
        var today = today();
        return followUps.findOpen(queue.from(today), queue.by(today),
                PageRequest.of(offset / Math.max(limit, 1), Math.max(limit, 1)));
    }

    public long count(FollowUpQueue queue) {
        var today = today();
        return followUps.countOpen(queue.from(today), queue.by(today));
    }

    /** Every treatment on offer with its follow-up plan (the standard one until staff set its own). */
    public List<FollowUpPlanRow> plans() {
        var kept = plans.findAll().stream().collect(Collectors.toMap(FollowUpPlan::treatmentId, Function.identity()));
        return treatments.offered().stream()
                .map(treatment -> new FollowUpPlanRow(treatment.id(), treatment.title(),
                        kept.getOrDefault(treatment.id(), FollowUpPlan.standard(treatment.id()))))
                .toList();
    }

    /**
     * Sets when the follow-ups after a course of this treatment fall due: a review 6 to 8 weeks after it started, a
     * repeat-course check 12 to 36 months after. Courses recorded from now on follow it; those recorded before keep
     * their dates.
     *
     * @param seenVersion the plan's version as shown, or null when it showed the standard plan
     */
    @Transactional
    public FollowUpPlan changePlan(long treatmentId, Long seenVersion, int reviewAfterWeeks, int repeatAfterMonths) {
        if (reviewAfterWeeks < 6 || reviewAfterWeeks > 8) {
            throw new IllegalArgumentException("the review falls 6 to 8 weeks after a course starts");
        }
        if (repeatAfterMonths < 12 || repeatAfterMonths > 36) {
            throw new IllegalArgumentException("the repeat-course check falls 12 to 36 months after");
        }
        requireOffered(treatmentId);
        var plan = plans.findById(treatmentId).orElseGet(() -> FollowUpPlan.standard(treatmentId));
        if (!Objects.equals(plan.version(), seenVersion)) {
            throw new PatientChangedMeanwhileException();
        }
        plan.change(reviewAfterWeeks, repeatAfterMonths, clock.instant());
        audit.record(AuditAction.FOLLOW_UP_PLAN_CHANGED, "treatment", treatmentId,
                Map.of("reviewAfterWeeks", Integer.toString(reviewAfterWeeks),
                        "repeatAfterMonths", Integer.toString(repeatAfterMonths)));
        return plans.saveAndFlush(plan);
    }

    /** Keeps the course's contribution to the outcome figures in step with what was just written. */
    private void summarise(long courseId) {
        courses.flush();
        courses.refreshSummary(courseId);
    }

    private FollowUpPlan plan(long treatmentId) {
        return plans.findById(treatmentId).orElseGet(() -> FollowUpPlan.standard(treatmentId));
    }

    private static LocalDate reviewDue(TreatmentCourse course, FollowUpPlan plan) {
        return course.startedOn().plusWeeks(plan.reviewAfterWeeks());
    }

    private static LocalDate repeatDue(TreatmentCourse course, FollowUpPlan plan) {
        return course.startedOn().plusMonths(plan.repeatAfterMonths());
    }

    private void requireOffered(long treatmentId) {
        if (treatments.offered().stream().noneMatch(treatment -> treatment.id() == treatmentId)) {
            throw new IllegalArgumentException("no such treatment");
        }
    }

    private String signature() {
        return accounts.signatureOf(audit.actor());
    }
}
