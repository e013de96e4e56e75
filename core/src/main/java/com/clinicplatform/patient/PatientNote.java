package com.clinicplatform.patient;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** Something a member of staff wrote about a patient. Notes are added, never edited. */
@Entity
public class PatientNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long patientId;

    private Long authorId;

    @Column(nullable = false)
    private String authorName;

    @Column(nullable = false)
    private String body;

    @Column(nullable = false)
    private Instant writtenAt;

    protected PatientNote() {
        // for JPA
    }

    PatientNote(long patientId, Long authorId, String authorName, String body, Instant writtenAt) {
        this.patientId = patientId;
        this.authorId = authorId;
        this.authorName = authorName;
        this.body = body;
        this.writtenAt = writtenAt;
    }

    public Long id() {
        return id;
    }

    public String authorName() {
        return authorName;
    }

    public String body() {
        return body;
    }

    public Instant writtenAt() {
        return writtenAt;
    }
}
