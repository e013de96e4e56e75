package com.clinicplatform.course;

import static com.clinicplatform.course.CareFixtures.course;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClock;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.treatment.TreatmentService;

/** Courses schedule their follow-ups; follow-ups fall due, get missed, get done; adverse events are kept. */
@SpringBootTest
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class TreatmentCoursesTest {

    @Autowired
    TreatmentCourses courses;

    @Autowired
    PatientService patients;

    @Autowired
    TreatmentService treatments;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    MovableClock clock;

    @Autowired
    ActingPerson acting;

    private CareFixtures fixtures;

    @BeforeEach
    void actAsANurse() {
        fixtures = new CareFixtures(patients, treatments, accounts);
        acting.as(fixtures.clinician());
    }

    @Test
    void aCourseSchedulesItsReviewAndRepeatCheckFromItsTreatmentsPlan() {
        long standard = fixtures.treatment("Standard plan");
        long ownPlan = fixtures.treatment("Own plan");
        courses.changePlan(ownPlan, null, 8, 24);
        var patient = fixtures.patient("Pia Plan");
        var started = LocalDate.of(2026, 3, 2);

        var first = courses.record(patient.id(), course(standard, started, 7, 40));
        var second = courses.record(patient.id(), course(ownPlan, started, null, null));

        var history = courses.history(patient.id());
        assertThat(history).extracting(h -> h.course().id()).containsExactly(first.id(), second.id());
        assertThat(history.get(0).followUps()).extracting(FollowUp::kind, FollowUp::dueOn).containsExactly(
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.REVIEW, started.plusWeeks(6)),
                org.assertj.core.groups.Tuple.tuple(FollowUpKind.REPEAT_CHECK, started.plusMonths(12)));
        assertThat(history.get(1).followUps()).extracting(FollowUp::dueOn)
                .containsExactly(started.plusWeeks(8), started.plusMonths(24));
        assertThat(history.get(0).baseline()).hasValueSatisfying(baseline -> {
            assertThat(baseline.pain()).isEqualTo(7);
            assertThat(baseline.function()).isEqualTo(40);
            assertThat(baseline.measuredOn()).isEqualTo(started);
            assertThat(baseline.recordedByName()).isEqualTo("Nia Nurse");
        });
        assertThat(history.get(1).baseline()).isEmpty();
        assertThat(courses.plans()).filteredOn(row -> row.treatmentId() == ownPlan).singleElement()
                .satisfies(row -> assertThat(row.plan().repeatAfterMonths()).isEqualTo(24));
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .containsSubsequence(AuditAction.COURSE_RECORDED, AuditAction.COURSE_RECORDED);
    }

    @Test
    void aPlanKeepsToTheIssuesBoundsAndIsNeverOverwrittenUnseen() {
        long treatment = fixtures.treatment("Bounded plan");

        assertThatThrownBy(() -> courses.changePlan(treatment, null, 5, 12))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> courses.changePlan(treatment, null, 6, 37))
                .isInstanceOf(IllegalArgumentException.class);
        var saved = courses.changePlan(treatment, null, 7, 18);
        assertThatThrownBy(() -> courses.changePlan(treatment, null, 6, 12))
                .isInstanceOf(PatientChangedMeanwhileException.class);
        assertThat(courses.changePlan(treatment, saved.version(), 6, 36).repeatAfterMonths()).isEqualTo(36);
    }

    @Test
    void aReviewIsDueOnItsDayAndMissedWhenStillNotDoneFourteenDaysLater() {
        long treatment = fixtures.treatment("Due dates");
        var patient = fixtures.patient("Dara Due");
        var today = courses.today();
        courses.record(patient.id(), course(treatment, today.minusWeeks(6), 6, 50));
        var review = review(patient.id());

        assertThat(review.status(today)).isEqualTo(FollowUpStatus.DUE);
        assertThat(review.status(today.minusDays(1))).isEqualTo(FollowUpStatus.PLANNED);
        assertThat(review.status(today.plusDays(14))).isEqualTo(FollowUpStatus.DUE);
        assertThat(review.status(today.plusDays(15))).isEqualTo(FollowUpStatus.MISSED);
        assertThat(listed(FollowUpQueue.DUE, patient.id())).isTrue();
        assertThat(listed(FollowUpQueue.MISSED, patient.id())).isFalse();

        clock.advance(Duration.ofDays(15));

        assertThat(courses.today()).isEqualTo(today.plusDays(15));
        assertThat(listed(FollowUpQueue.DUE, patient.id())).isFalse();
        assertThat(listed(FollowUpQueue.MISSED, patient.id())).isTrue();
    }

    @Test
    void archivedPatientsLeaveTheWorkList() {
        long treatment = fixtures.treatment("Archived");
        var patient = fixtures.patient("Ari Archived");
        courses.record(patient.id(), course(treatment, courses.today().minusWeeks(6), 6, 50));
        assertThat(listed(FollowUpQueue.DUE, patient.id())).isTrue();

        patients.archive(patient.id(), patient.version());

        assertThat(listed(FollowUpQueue.DUE, patient.id())).isFalse();
    }

    @Test
    void aReviewIsRecordedWithItsScoresOnceAndLeavesTheWorkList() {
        long treatment = fixtures.treatment("Recorded review");
        var patient = fixtures.patient("Rhea Review");
        var today = courses.today();
        courses.record(patient.id(), course(treatment, today.minusWeeks(6), 8, 30));
        var review = review(patient.id());

        assertThatThrownBy(() -> courses.recordFollowUp(review.id(), review.version(),
                new FollowUpResult(today, null, null, "No answer")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> courses.recordFollowUp(review.id(), review.version(),
                new FollowUpResult(today, 11, 50, null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> courses.recordFollowUp(review.id(), review.version(),
                new FollowUpResult(today, 4, null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        courses.recordFollowUp(review.id(), review.version(), new FollowUpResult(today, 3, 70, "Walking further"));

        var history = courses.history(patient.id()).getFirst();
        var done = history.followUps().getFirst();
        assertThat(done.status(today.plusYears(1))).isEqualTo(FollowUpStatus.DONE);
        assertThat(done.doneByName()).contains("Nia Nurse");
        assertThat(done.note()).contains("Walking further");
        assertThat(history.scoreAt(done)).hasValueSatisfying(score -> {
            assertThat(score.pain()).isEqualTo(3);
            assertThat(score.function()).isEqualTo(70);
        });
        assertThat(listed(FollowUpQueue.DUE, patient.id())).isFalse();
        assertThatThrownBy(() -> courses.recordFollowUp(review.id(), done.version(),
                new FollowUpResult(today, 2, 80, null)))
                .isInstanceOf(PatientChangedMeanwhileException.class);
    }

    @Test
    void aFollowUpClosedWithoutReachingThePatientHasNoScoresAndIsNeverCountedAsMissed() {
        long treatment = fixtures.treatment("Unreached");
        var patient = fixtures.patient("Uma Unreached");
        var today = courses.today();
        courses.record(patient.id(), course(treatment, today.minusWeeks(9), 6, 40));
        var review = review(patient.id());
        assertThat(listed(FollowUpQueue.MISSED, patient.id())).isTrue();

        assertThatThrownBy(() -> courses.recordFollowUp(review.id(), review.version(),
                new FollowUpResult(today, false, 3, 60, null))).isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> courses.recordFollowUp(review.id(), review.version(),
                new FollowUpResult(today.plusDays(1), false, null, null, null)))
                .isInstanceOf(ConstraintViolationException.class);
        courses.recordFollowUp(review.id(), review.version(),
                new FollowUpResult(today, false, null, null, "Three calls, no answer"));

        var closed = review(patient.id());
        assertThat(closed.status(today)).isEqualTo(FollowUpStatus.NOT_REACHED);
        assertThat(courses.history(patient.id()).getFirst().scoreAt(closed)).isEmpty();
        assertThat(listed(FollowUpQueue.MISSED, patient.id())).isFalse();
    }

    @Test
    void aNewStartDateMovesTheFollowUpsNotYetDone() {
        long treatment = fixtures.treatment("Moved");
        var patient = fixtures.patient("Mo Moved");
        var today = courses.today();
        var recorded = courses.record(patient.id(), course(treatment, today.minusWeeks(6), 5, 50));
        var review = review(patient.id());
        courses.recordFollowUp(review.id(), review.version(), new FollowUpResult(today, 4, 55, null));

        var moved = today.minusWeeks(5);
        courses.change(recorded.id(), recorded.version(), course(treatment, moved, null, null));

        var history = courses.history(patient.id()).getFirst();
        assertThat(history.followUps()).extracting(FollowUp::dueOn).containsExactly(today.minusWeeks(6).plusWeeks(6),
                moved.plusMonths(12));
        assertThat(history.baseline()).hasValueSatisfying(baseline -> assertThat(baseline.measuredOn())
                .isEqualTo(moved));
        assertThatThrownBy(() -> courses.change(recorded.id(), recorded.version(), course(treatment, today, null,
                null))).isInstanceOf(PatientChangedMeanwhileException.class);
    }

    @Test
    void adverseEventsAreReportedAndResolvedWithTheirRules() {
        long treatment = fixtures.treatment("Complicated");
        var patient = fixtures.patient("Cal Complication");
        var started = courses.today().minusDays(10);
        var recorded = courses.record(patient.id(), course(treatment, started, 6, 45));

        assertThatThrownBy(() -> courses.reportAdverseEvent(recorded.id(), new AdverseEventReport(started,
                AdverseEventKind.OTHER, " ", Severity.MILD, "Rest", null)))
                .isInstanceOf(ConstraintViolationException.class);
        assertThatThrownBy(() -> courses.reportAdverseEvent(recorded.id(), new AdverseEventReport(started,
                AdverseEventKind.SWELLING, null, Severity.MILD, "Ice", started.minusDays(1))))
                .isInstanceOf(ConstraintViolationException.class);
        var event = courses.reportAdverseEvent(recorded.id(), new AdverseEventReport(started.plusDays(1),
                AdverseEventKind.PAIN_FLARE, null, Severity.MODERATE, "Paracetamol and rest", null));
        courses.changeAdverseEvent(event.id(), event.version(), new AdverseEventReport(started.plusDays(1),
                AdverseEventKind.PAIN_FLARE, null, Severity.MODERATE, "Paracetamol and rest", started.plusDays(4)));

        var kept = courses.history(patient.id()).getFirst().adverseEvents();
        assertThat(kept).singleElement().satisfies(found -> {
            assertThat(found.severity()).isEqualTo(Severity.MODERATE);
            assertThat(found.resolvedOn()).contains(started.plusDays(4));
            assertThat(found.recordedByName()).isEqualTo("Nia Nurse");
        });
        assertThatThrownBy(() -> courses.changeAdverseEvent(event.id(), event.version(), event.report()))
                .isInstanceOf(PatientChangedMeanwhileException.class);
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .contains(AuditAction.ADVERSE_EVENT_RECORDED, AuditAction.ADVERSE_EVENT_CHANGED);
    }

    private FollowUp review(long patientId) {
        return courses.history(patientId).getFirst().followUps().stream()
                .filter(followUp -> followUp.kind() == FollowUpKind.REVIEW).findFirst().orElseThrow();
    }

    private boolean listed(FollowUpQueue queue, long patientId) {
        return courses.followUps(queue, 0, 10_000).stream().anyMatch(due -> due.patientId() == patientId);
    }
}
