package com.clinicplatform.patient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A person under the clinic's care. */
@Entity
public class Patient {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String fullName;

    @Column(nullable = false)
    private LocalDate dateOfBirth;

    private String email;

    private String phone;

    /** When the record was archived: kept, but out of the daily lists. */
    private Instant archivedAt;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Patient() {
        // for JPA
    }

    Patient(NewPatient details, Instant now) {
        this.fullName = details.fullName().strip();
        this.dateOfBirth = details.dateOfBirth();
        this.email = details.email();
        this.phone = details.phone();
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Optional<Instant> archivedAt() {
        return Optional.ofNullable(archivedAt);
    }

    public Long id() {
        return id;
    }

    public String fullName() {
        return fullName;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public Optional<String> email() {
        return Optional.ofNullable(email);
    }

    /** International (E.164). */
    public Optional<String> phone() {
        return Optional.ofNullable(phone);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
