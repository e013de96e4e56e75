package com.clinicplatform.privacy;

import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import com.clinicplatform.audit.AuditAction;
import com.clinicplatform.audit.AuditTrail;
import com.clinicplatform.clinic.ClinicDetails;
import com.clinicplatform.clinic.ClinicProfileService;
import com.clinicplatform.course.CourseHistory;
import com.clinicplatform.course.TreatmentCourses;
import com.clinicplatform.inquiry.ContactMethod;
import com.clinicplatform.inquiry.Inquiry;
import com.clinicplatform.inquiry.InquiryInbox;
import com.clinicplatform.patient.Patient;
import com.clinicplatform.patient.PatientService;

/**
 * A patient's rights over their data: a copy of their whole record (JSON to hand over, or a page to print) and
 * erasure on their request. Both are on the audit trail, by record id only.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('STAFF')")
public class PatientPrivacy {

    /** How an export was taken, as the audit trail records it. */
    public enum Format {
        JSON, PRINT
    }

    /** What an erasure did. */
    public enum Erasure {
        /** Nothing clinical was kept about the patient, so the whole record went. */
        DELETED,
        /** They had treatment, so the clinical record stays, de-identified. */
        DE_IDENTIFIED
    }

    private final PatientService patients;
    private final TreatmentCourses courses;
    private final InquiryInbox inquiries;
    private final ClinicProfileService clinic;
    private final AuditTrail audit;
    private final Clock clock;
    private final JsonMapper json;

    PatientPrivacy(PatientService patients, TreatmentCourses courses, InquiryInbox inquiries,
            ClinicProfileService clinic, AuditTrail audit, Clock clock, JsonMapper json) {
        // Boot's mapper (java.time as ISO text), indented: the patient may read the file as it is
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.patients = patients;
        this.courses = courses;
        this.inquiries = inquiries;
        this.clinic = clinic;
        this.audit = audit;
        this.clock = clock;
    }

    /** Everything kept about the patient, for them to take away; the export is on the audit trail. */
    @Transactional
    public PatientRecord export(long patientId, Format format) {
        var patient = patients.requireInCare(patientId);
        var today = courses.today();
        var record = new PatientRecord(clock.instant(), clinic.details().map(ClinicDetails::name).orElse(""),
                person(patient),
                patients.consents(patientId).stream()
                        .map(consent -> new PatientRecord.Consent(consent.kind().label(), consent.granted(),
                                consent.recordedAt(), consent.recordedByName()))
                        .toList(),
                patients.notes(patientId).stream()
                        .map(note -> new PatientRecord.Note(note.writtenAt(), note.authorName(), note.body()))
                        .toList(),
                inquiries.forPatient(patientId).stream().map(PatientPrivacy::inquiry).toList(),
                courses.history(patientId).stream().map(history -> course(history, today)).toList());
        audit.record(AuditAction.PATIENT_EXPORTED, PatientService.AUDIT_TARGET, patientId,
                Map.of("format", format.name()));
        return record;
    }

    /** Writes an export as indented JSON, in UTF-8. */
    public void writeJson(PatientRecord record, OutputStream out) {
        json.writeValue(out, record);
    }

    /**
     * Erases the patient's personal data on their request, keeping what the clinic must: the clinical record of any
     * treatment, de-identified, and the audit trail, which holds record ids and never names. The inquiries they came
     * from go with their notes and mail.
     */
    @Transactional
    public Erasure erase(long patientId, long seenVersion) {
        patients.lockForErasure(patientId, seenVersion);
        boolean treated = courses.hasCourses(patientId);
        // the inquiries first: deleting the patient would unlink them (ON DELETE SET NULL) and they would stay
        int removedInquiries = inquiries.eraseForPatient(patientId);
        if (treated) {
            courses.forgetFollowUpNotes(patientId);
        }
        patients.erase(patientId, treated);
        var erasure = treated ? Erasure.DE_IDENTIFIED : Erasure.DELETED;
        audit.record(AuditAction.PATIENT_ERASED, PatientService.AUDIT_TARGET, patientId,
                Map.of("erasure", erasure.name(), "inquiries", Integer.toString(removedInquiries)));
        return erasure;
    }

    private static PatientRecord.Person person(Patient patient) {
        return new PatientRecord.Person(patient.id(), patient.fullName(), patient.dateOfBirth(),
                patient.email().orElse(null), patient.phone().orElse(null), patient.address().orElse(null),
                patient.createdAt(), patient.archivedAt().orElse(null), patient.erasedAt().orElse(null));
    }

    private static PatientRecord.InquirySent inquiry(Inquiry inquiry) {
        return new PatientRecord.InquirySent(inquiry.reference(), inquiry.submittedAt(), inquiry.status().label(),
                Objects.requireNonNullElse(inquiry.treatmentTitle(), "Not sure yet"), inquiry.fullName(),
                inquiry.email(), inquiry.phoneAsTyped(),
                inquiry.preferredContact() == ContactMethod.PHONE ? "By phone" : "By email", inquiry.bestTime(),
                inquiry.message(), inquiry.consentGivenAt());
    }

    private static PatientRecord.Course course(CourseHistory history, LocalDate today) {
        var course = history.course();
        var followUps = new ArrayList<PatientRecord.FollowUp>();
        for (var followUp : history.followUps()) {
            followUps.add(new PatientRecord.FollowUp(followUp.kind().label(), followUp.dueOn(),
                    followUp.status(today).label(), followUp.doneOn().orElse(null),
                    followUp.doneByName().orElse(null), followUp.note().orElse(null)));
        }
        List<PatientRecord.Score> scores = history.scores().stream()
                .map(score -> new PatientRecord.Score(score.isBaseline() ? "Baseline" : history.followUps().stream()
                        .filter(followUp -> score.followUpId().filter(followUp.id()::equals).isPresent())
                        .map(followUp -> followUp.kind().label()).findFirst().orElse("Follow-up"),
                        score.measuredOn(), score.pain(), score.function(), score.recordedByName()))
                .toList();
        List<PatientRecord.AdverseEvent> events = history.adverseEvents().stream()
                .map(event -> new PatientRecord.AdverseEvent(event.occurredOn(), event.kind().label(),
                        event.description().orElse(null), event.severity().label(), event.actionTaken(),
                        event.resolvedOn().orElse(null), event.recordedByName()))
                .toList();
        return new PatientRecord.Course(history.treatmentTitle(), course.bodySite().label(),
                course.cellSource().label(), course.startedOn(), course.clinician(), course.sessions(), followUps,
                scores, events);
    }
}
