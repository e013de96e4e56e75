package com.clinicplatform.patient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import jakarta.validation.ConstraintViolationException;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditEvent;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.testsupport.ActingPerson;
import com.clinicplatform.testsupport.MovableClockConfiguration;

/** Correcting, archiving and annotating a patient's record, and the consents they gave. */
@SpringBootTest
@Import({MovableClockConfiguration.class, ActingPerson.Configuration.class})
class PatientRecordTest {

    @Autowired
    PatientService patients;

    @Autowired
    AuditTrail audit;

    @Autowired
    ActingPerson acting;

    @BeforeEach
    void actAsThePlatform() {
        acting.asPlatform();
    }

    @Test
    void aCorrectionNamesTheFieldsItChangedNeverTheirValuesAndNeverOverwritesAnotherUnseen() {
        var patient = patients.create(new PatientDetails("Cora Correct", LocalDate.of(1970, 1, 2), null, null));

        var changed = patients.change(patient.id(), patient.version(), new PatientDetails("Cora Corrected",
                LocalDate.of(1970, 1, 2), "cora@example.com", null, null));

        assertThat(changed.fullName()).isEqualTo("Cora Corrected");
        assertThat(changed.email()).contains("cora@example.com");
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id()))
                .filteredOn(event -> event.action() == AuditAction.PATIENT_CHANGED).singleElement()
                .satisfies(event -> assertThat(event.details()).containsEntry("fields", "fullName,email"));
        assertThatThrownBy(() -> patients.change(patient.id(), patient.version(), patient.details()))
                .isInstanceOf(PatientChangedMeanwhileException.class);
        assertThatThrownBy(() -> patients.change(patient.id(), changed.version(), new PatientDetails(" ",
                LocalDate.of(2999, 1, 1), "not an address", "07911", null)))
                .isInstanceOf(ConstraintViolationException.class)
                .satisfies(error -> assertThat(((ConstraintViolationException) error).getConstraintViolations())
                        .hasSize(4));
    }

    @Test
    void anArchivedRecordLeavesTheSearchUnlessAskedForAndComesBack() {
        var patient = patients.create(new PatientDetails("Arlo Archivable", LocalDate.of(1980, 5, 6), null, null));

        var archived = patients.archive(patient.id(), patient.version());

        assertThat(patients.search("Arlo Archivable", false, 0, 10)).isEmpty();
        assertThat(patients.search("Arlo Archivable", true, 0, 10)).extracting(Patient::id)
                .containsExactly(patient.id());
        var restored = patients.restore(patient.id(), archived.version());
        assertThat(restored.isArchived()).isFalse();
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .containsSubsequence(AuditAction.PATIENT_ARCHIVED, AuditAction.PATIENT_RESTORED);
    }

    @Test
    void notesAndConsentsAreKeptOldestFirstAndTheLatestAnswerOfAKindHolds() {
        var patient = patients.create(new PatientDetails("Nora Noted", LocalDate.of(1975, 8, 9), null, null));

        patients.addNote(patient.id(), "  First call.  ");
        patients.addNote(patient.id(), "Second call.");
        patients.recordConsent(patient.id(), ConsentKind.OUTCOME_RESEARCH, true);
        patients.recordConsent(patient.id(), ConsentKind.OUTCOME_RESEARCH, false);

        assertThat(patients.notes(patient.id())).extracting(PatientNote::body)
                .containsExactly("First call.", "Second call.");
        assertThat(patients.consents(patient.id())).extracting(PatientConsent::granted).containsExactly(true, false);
        assertThatThrownBy(() -> patients.addNote(patient.id(), " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(audit.history(PatientService.AUDIT_TARGET, patient.id())).extracting(AuditEvent::action)
                .contains(AuditAction.PATIENT_NOTE_ADDED, AuditAction.PATIENT_CONSENT_RECORDED);
    }
}
