package com.clinicplatform.patient;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;

import com.clinicplatform.note.StaffNote;

/** Something a member of staff wrote about a patient. Notes are added, never edited. */
@Entity
public class PatientNote extends StaffNote {

    @Column(nullable = false)
    private Long patientId;

    protected PatientNote() {
        // for JPA
    }

    PatientNote(long patientId, Long authorId, String authorName, String body, Instant writtenAt) {
        super(authorId, authorName, body, writtenAt);
        this.patientId = patientId;
    }
}
