package com.clinicplatform.course;

import static com.clinicplatform.course.CareFixtures.course;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.TreeMap;

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
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.treatment.TreatmentService;

/** Per treatment: the median change in pain at the review, the patients behind it, how often courses harmed. */
@SpringBootTest
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class OutcomeFiguresTest {

    @Autowired
    OutcomeFigures figures;

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

    private CareFixtures fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new CareFixtures(patients, treatments, accounts);
    }

    @Test
    void theMedianChangeInPainAtTheReviewCountsOnlyCoursesWithBothScores() {
        long treatment = fixtures.treatment("Measured");
        reviewed(treatment, 8, 4);   // -4
        reviewed(treatment, 6, 4);   // -2
        reviewed(treatment, 5, 6);   // +1
        var unreviewed = fixtures.patient("Una Unreviewed");
        courses.record(unreviewed.id(), course(treatment, courses.today().minusWeeks(2), 9, 20));
        var withoutBaseline = fixtures.patient("Wes Without");
        var noBaseline = courses.record(withoutBaseline.id(), course(treatment, courses.today().minusWeeks(7), null,
                null));
        var review = courses.history(withoutBaseline.id()).getFirst().followUps().getFirst();
        courses.recordFollowUp(review.id(), review.version(), new FollowUpResult(courses.today(), 1, 90, null));
        courses.reportAdverseEvent(noBaseline.id(), new AdverseEventReport(courses.today().minusWeeks(6),
                AdverseEventKind.INJECTION_SITE_INFECTION, null, Severity.SEVERE, "Antibiotics", null));
        courses.reportAdverseEvent(noBaseline.id(), new AdverseEventReport(courses.today().minusWeeks(6),
                AdverseEventKind.SWELLING, null, Severity.MILD, "Ice", null));

        var outcome = outcome(treatment);

        assertThat(outcome.courses()).isEqualTo(5);
        assertThat(outcome.medianPainChange()).hasValue(-2.0);
        assertThat(outcome.coursesReviewed()).isEqualTo(3);
        assertThat(outcome.patientsReviewed()).isEqualTo(3);
        assertThat(outcome.coursesWithAdverseEvent()).isEqualTo(1);
        assertThat(outcome.severeAdverseEvents()).isEqualTo(1);
        assertThat(outcome.adverseEventRate()).isEqualTo(0.2);
    }

    @Test
    void aTreatmentWithCoursesButNoReviewYetHasNoMedianAndATreatmentWithoutCoursesIsLeftOut() {
        long waiting = fixtures.treatment("Waiting");
        long unused = fixtures.treatment("Unused");
        courses.record(fixtures.patient("Nell New").id(), course(waiting, courses.today(), 7, 30));

        assertThat(outcome(waiting).medianPainChange()).isEmpty();
        assertThat(outcome(waiting).patientsReviewed()).isZero();
        assertThat(figures.perTreatment()).noneMatch(row -> row.treatmentId() == unused);
    }

    @Test
    void aPatientTreatedOnBothKneesCountsTwiceInTheMedianOnceAmongPatientsAndALateReviewNotAtAll() {
        long treatment = fixtures.treatment("Both knees");
        var patient = fixtures.patient("Bo Bothknees");
        reviewed(patient, treatment, 8, 2, 6);    // -6
        reviewed(patient, treatment, 7, 5, 6);    // -2
        reviewed(fixtures.patient("Lars Late"), treatment, 9, 0, 20);  // reviewed 20 weeks on: not the 6–8 week review

        var outcome = outcome(treatment);

        assertThat(outcome.medianPainChange()).hasValue(-4.0);
        assertThat(outcome.coursesReviewed()).isEqualTo(2);
        assertThat(outcome.patientsReviewed()).isEqualTo(1);
    }

    @Test
    void aScoreTypedWronglyIsCorrectedOnceAndTheFiguresFollow() {
        long treatment = fixtures.treatment("Corrected");
        var patient = fixtures.patient("Cora Corrected");
        reviewed(patient, treatment, 7, 9, 6);   // +2: the review's 9 was meant to be 2
        assertThat(outcome(treatment).medianPainChange()).hasValue(2.0);
        var review = courses.history(patient.id()).getFirst().scores().stream()
                .filter(score -> !score.isBaseline()).findFirst().orElseThrow();

        var corrected = courses.correctScore(review.id(), review.version(), new ScoreCorrection(2, 75));

        assertThat(outcome(treatment).medianPainChange()).hasValue(-5.0);
        assertThat(corrected.correctedByName()).isPresent();
        assertThatThrownBy(() -> courses.correctScore(review.id(), review.version(), new ScoreCorrection(3, 75)))
                .isInstanceOf(PatientChangedMeanwhileException.class);
        assertThatThrownBy(() -> courses.correctScore(review.id(), corrected.version(),
                new ScoreCorrection(11, 75))).isInstanceOf(ConstraintViolationException.class);
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .contains(AuditAction.SCORE_CORRECTED);
    }

    @Test
    void theMedianOfCountedValuesIsTheMiddleOneOrTheMeanOfTheMiddleTwo() {
        assertThat(OutcomeFigures.median(new TreeMap<>())).isEmpty();
        assertThat(OutcomeFigures.median(new TreeMap<>(Map.of(-3, 1L)))).hasValue(-3.0);
        assertThat(OutcomeFigures.median(new TreeMap<>(Map.of(-4, 1L, -1, 1L)))).hasValue(-2.5);
        // -5 -5 -5 0 2: the third of five
        assertThat(OutcomeFigures.median(new TreeMap<>(Map.of(-5, 3L, 0, 1L, 2, 1L))))
                .hasValue(-5.0);
        // -2 -2 1 1 1 3: the mean of the third and fourth
        assertThat(OutcomeFigures.median(new TreeMap<>(Map.of(-2, 2L, 1, 3L, 3, 1L))))
                .hasValue(1.0);
        assertThat(OutcomeFigures.median(new TreeMap<>(Map.of(-2, 2L, 1, 2L)))).hasValue(-0.5);
    }

    private void reviewed(long treatment, int before, int after) {
        reviewed(fixtures.patient("Rex Reviewed"), treatment, before, after, 6);
    }

    private void reviewed(Patient patient, long treatment, int before, int after, int weeksAgo) {
        var recorded = courses.record(patient.id(), course(treatment, courses.today().minusWeeks(weeksAgo), before, 40));
        var review = courses.history(patient.id()).stream().filter(h -> h.course().id().equals(recorded.id()))
                .findFirst().orElseThrow().followUps().getFirst();
        courses.recordFollowUp(review.id(), review.version(), new FollowUpResult(courses.today(), after, 60, null));
    }

    private TreatmentOutcome outcome(long treatment) {
        return figures.perTreatment().stream().filter(row -> row.treatmentId() == treatment).findFirst()
                .orElseThrow();
    }
}
