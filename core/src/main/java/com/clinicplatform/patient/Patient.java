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

    private String address;

    /** When the patient's identity was removed on their request: the clinical record stays, de-identified. */
    private Instant erasedAt;

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

    Patient(PatientDetails details, Instant now) {
        this.createdAt = now;
        change(details, now);
    }

    void change(PatientDetails details, Instant now) {
        this.fullName = details.fullName().strip();
        this.dateOfBirth = details.dateOfBirth();
        this.email = blankToNull(details.email());
        this.phone = blankToNull(details.phone());
        this.address = blankToNull(details.address());
        this.updatedAt = now;
    }

    void archive(Instant now) {
        this.archivedAt = now;
        this.updatedAt = now;
    }

    void restore(Instant now) {
        this.archivedAt = null;
        this.updatedAt = now;
    }

    /**
     * Removes who the patient is: name, contact details and the day and month of birth (the year stays, as outcome
     * figures by age need it). The record is archived with it.
     */
    void erase(Instant now) {
        this.fullName = "Erased patient " + id;
        this.dateOfBirth = dateOfBirth.withDayOfYear(1);
        this.email = null;
        this.phone = null;
        this.address = null;
        this.erasedAt = now;
        this.archivedAt = archivedAt != null ? archivedAt : now;
        this.updatedAt = now;
    }

    /** What the record says now, to start a correction from. */
    public PatientDetails details() {
        return new PatientDetails(fullName, dateOfBirth, email, phone, address);
    }

    public Optional<String> address() {
        return Optional.ofNullable(address);
    }

    public Optional<Instant> erasedAt() {
        return Optional.ofNullable(erasedAt);
    }

    public boolean isArchived() {
        return archivedAt != null;
    }

    public long version() {
        return version;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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
