package com.clinicplatform.patient;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;

/** A patient's answer about one kind of consent, as recorded at one moment. Answers are added, never changed. */
@Entity
public class PatientConsent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long patientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ConsentKind kind;

    private boolean granted;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedByName;

    protected PatientConsent() {
        // for JPA
    }

    PatientConsent(long patientId, ConsentKind kind, boolean granted, Instant recordedAt, String recordedByName) {
        this.patientId = patientId;
        this.kind = kind;
        this.granted = granted;
        this.recordedAt = recordedAt;
        this.recordedByName = recordedByName;
    }

    public ConsentKind kind() {
        return kind;
    }

    public boolean granted() {
        return granted;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedByName() {
        return recordedByName;
    }
}
