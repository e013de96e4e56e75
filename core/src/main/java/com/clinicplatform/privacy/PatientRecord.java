package com.clinicplatform.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything the clinic keeps about one patient, in plain words and values: what an export hands over, as JSON or as
 * a printable page. Labels rather than codes, so the patient can read it.
 */
public record PatientRecord(Instant exportedAt, String clinic, Person patient, List<Consent> consents,
        List<Note> notes, List<InquirySent> inquiries, List<Course> treatmentCourses) {

    public record Person(long id, String fullName, LocalDate dateOfBirth, String email, String phone, String address,
            Instant recordCreatedAt, Instant archivedAt, Instant erasedAt) {
    }

    public record Consent(String about, boolean granted, Instant recordedAt, String recordedBy) {
    }

    public record Note(Instant writtenAt, String author, String text) {
    }

    public record InquirySent(String reference, Instant sentAt, String status, String treatment, String fullName,
            String email, String phone, String preferredContact, String bestTime, String message,
            Instant consentGivenAt) {
    }

    public record Course(String treatment, String bodySite, String cellSource, LocalDate startedOn, String clinician,
            int sessions, List<FollowUp> followUps, List<Score> scores, List<AdverseEvent> adverseEvents) {
    }

    public record FollowUp(String kind, LocalDate dueOn, String status, LocalDate doneOn, String doneBy,
            String note) {
    }

    public record Score(String when, LocalDate measuredOn, int pain, int function, String recordedBy) {
    }

    public record AdverseEvent(LocalDate occurredOn, String what, String description, String severity,
            String actionTaken, LocalDate resolvedOn, String recordedBy) {
    }
}
