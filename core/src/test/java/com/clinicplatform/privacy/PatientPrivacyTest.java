package com.clinicplatform.privacy;

import static com.clinicplatform.course.CareFixtures.course;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.json.JsonMapper;

import com.clinicplatform.account.AccountService;
import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.course.AdverseEventKind;
import com.clinicplatform.course.AdverseEventReport;
import com.clinicplatform.course.CareFixtures;
import com.clinicplatform.course.Severity;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.patient.ConsentKind;
import com.clinicplatform.patient.PatientChangedMeanwhileException;
import com.clinicplatform.patient.PatientDetails;
import com.clinicplatform.patient.PatientService;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClockConfiguration;
import com.clinicplatform.treatment.TreatmentService;

/** A patient's copy of their record, and erasure on their request keeping what the clinic must keep. */
@SpringBootTest
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class PatientPrivacyTest {

    @Autowired
    PatientPrivacy privacy;

    @Autowired
    PatientService patients;

    @Autowired
    TreatmentCourses courses;

    @Autowired
    TreatmentService treatments;

    @Autowired
    AccountService accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ActingPerson acting;

    private CareFixtures fixtures;

    @BeforeEach
    void actAsANurse() {
        fixtures = new CareFixtures(patients, treatments, accounts);
        acting.as(fixtures.clinician());
    }

    @Test
    void theExportHoldsTheWholeRecordInWordsAPatientReadsAndIsOnTheTrail() throws Exception {
        long treatment = fixtures.treatment("Exported");
        var patient = patients.create(new PatientDetails("Esme Export", LocalDate.of(1959, 2, 3), "esme@example.com",
                "+442079460555", "1 Quay Street\nBristol"));
        patients.recordConsent(patient.id(), ConsentKind.FOLLOW_UP_CONTACT, true);
        patients.addNote(patient.id(), "Prefers mornings.");
        var recorded = courses.record(patient.id(), course(treatment, courses.today().minusDays(3), 7, 35));
        courses.reportAdverseEvent(recorded.id(), new AdverseEventReport(courses.today().minusDays(2),
                AdverseEventKind.BRUISING, null, Severity.MILD, "None needed", null));

        var record = privacy.export(patient.id(), PatientPrivacy.Format.JSON);
        var out = new ByteArrayOutputStream();
        privacy.writeJson(record, out);

        var json = JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
        assertThat(json.at("/patient/fullName").asString()).isEqualTo("Esme Export");
        assertThat(json.at("/patient/dateOfBirth").asString()).isEqualTo("1959-02-03");
        assertThat(json.at("/patient/address").asString()).isEqualTo("1 Quay Street\nBristol");
        assertThat(json.at("/consents/0/about").asString()).isEqualTo(ConsentKind.FOLLOW_UP_CONTACT.label());
        assertThat(json.at("/notes/0/text").asString()).isEqualTo("Prefers mornings.");
        assertThat(json.at("/treatmentCourses/0/bodySite").asString()).isEqualTo("Knee, left");
        assertThat(json.at("/treatmentCourses/0/scores/0/when").asString()).isEqualTo("Baseline");
        assertThat(json.at("/treatmentCourses/0/scores/0/pain").asInt()).isEqualTo(7);
        assertThat(json.at("/treatmentCourses/0/followUps").size()).isEqualTo(2);
        assertThat(json.at("/treatmentCourses/0/adverseEvents/0/what").asString()).isEqualTo("Bruising");
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .contains(AuditAction.PATIENT_EXPORTED);
    }

    @Test
    void aPatientNeverTreatedIsErasedWhollyAndTheTrailKeepsOnlyTheRecordsNumber() {
        var patient = fixtures.patient("Ezra Erased");
        patients.addNote(patient.id(), "Called back.");

        assertThat(privacy.erase(patient.id(), patient.version())).isEqualTo(PatientPrivacy.Erasure.DELETED);

        assertThat(jdbc.sql("select count(*) from patient where id = ?").param(patient.id()).query(Long.class)
                .single()).isZero();
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .contains(AuditAction.PATIENT_ERASED);
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id()))
                .filteredOn(event -> event.action() == AuditAction.PATIENT_ERASED).singleElement()
                .satisfies(event -> assertThat(event.details()).containsOnlyKeys("erasure", "inquiries"));
    }

    @Test
    void theInquiriesAPatientCameFromGoWithTheirDataWhetherOrNotTheyWereTreated() {
        long treatment = fixtures.treatment("Inquired");
        for (boolean treated : new boolean[] {false, true}) {
            var reference = jdbc.sql("""
                    insert into inquiry (reference, full_name, email, preferred_contact, message, status,
                                         consent_given_at, form_key, submitted_at, updated_at)
                    values ('INQ-1999-' || nextval('inquiry_number_seq'), 'Ines Inquirer', 'ines@example.com',
                            'EMAIL', 'My hip', 'NEW', now(), gen_random_uuid(), now(), now())
                    returning reference""").query(String.class).single();
            var patient = fixtures.patient("Ines Inquirer");
            jdbc.sql("update inquiry set patient_id = ?, status = 'CONVERTED' where reference = ?")
                    .params(patient.id(), reference).update();
            if (treated) {
                courses.record(patient.id(), course(treatment, courses.today(), null, null));
            }

            privacy.erase(patient.id(), patients.requireInCare(patient.id()).version());

            assertThat(jdbc.sql("select count(*) from inquiry where reference = ?").param(reference)
                    .query(Long.class).single()).as("treated: " + treated).isZero();
            assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id()))
                    .filteredOn(event -> event.action() == AuditAction.PATIENT_ERASED).singleElement()
                    .satisfies(event -> assertThat(event.details()).containsEntry("inquiries", "1"));
        }
    }

    @Test
    void aRecordChangedSinceItWasShownIsNotErased() {
        var patient = fixtures.patient("Stale Shown");
        patients.addNote(patient.id(), "Before the erasure was asked for.");
        patients.change(patient.id(), patient.version(), new PatientDetails(patient.fullName(),
                patient.dateOfBirth(), "stale.shown@example.com", null));

        assertThatThrownBy(() -> privacy.erase(patient.id(), patient.version()))
                .isInstanceOf(PatientChangedMeanwhileException.class);
        assertThat(patients.requireInCare(patient.id()).erasedAt()).isEmpty();
    }

    @Test
    void aTreatedPatientsClinicalRecordStaysWithoutWhoTheyAre() {
        long treatment = fixtures.treatment("Kept");
        var patient = patients.create(new PatientDetails("Tess Treated", LocalDate.of(1961, 7, 19), "tess@example.com",
                "+442079460556", "2 Mill Lane"));
        patients.addNote(patient.id(), "Lives with her daughter.");
        courses.record(patient.id(), course(treatment, courses.today().minusWeeks(1), 6, 40));
        var current = patients.requireInCare(patient.id());

        assertThat(privacy.erase(patient.id(), current.version())).isEqualTo(PatientPrivacy.Erasure.DE_IDENTIFIED);

        var row = jdbc.sql("select full_name, date_of_birth, email, phone, address, erased_at, archived_at from patient"
                + " where id = ?").param(patient.id()).query().singleRow();
        assertThat(row.get("full_name")).isEqualTo("Erased patient " + patient.id());
        assertThat(row.get("date_of_birth").toString()).isEqualTo("1961-01-01");
        assertThat(row.get("email")).isNull();
        assertThat(row.get("phone")).isNull();
        assertThat(row.get("address")).isNull();
        assertThat(row.get("erased_at")).isNotNull();
        assertThat(row.get("archived_at")).isNotNull();
        assertThat(patients.notes(patient.id())).isEmpty();
        assertThat(courses.history(patient.id())).singleElement()
                .satisfies(history -> assertThat(history.baseline()).isPresent());
        assertThatThrownBy(() -> patients.requireInCare(patient.id()))
                .isInstanceOf(PatientChangedMeanwhileException.class);
        assertThat(patients.search("Tess Treated", true, 0, 10)).isEmpty();
    }
}
