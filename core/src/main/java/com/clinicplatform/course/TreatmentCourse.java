package com.clinicplatform.course;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One episode of care: a treatment from the catalogue, given to one patient at one body site. */
@Entity
public class TreatmentCourse {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long patientId;

    @Column(nullable = false)
    private Long treatmentId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private BodySite bodySite;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CellSource cellSource;

    @Column(nullable = false)
    private LocalDate startedOn;

    @Column(nullable = false)
    private String clinician;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int sessions;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected TreatmentCourse() {
        // for JPA
    }

    TreatmentCourse(long patientId, CourseDetails details, Instant now) {
        this.patientId = patientId;
        this.createdAt = now;
        change(details, now);
    }

    void change(CourseDetails details, Instant now) {
        this.treatmentId = details.treatmentId();
        this.bodySite = details.bodySite();
        this.cellSource = details.cellSource();
        this.startedOn = details.startedOn();
        this.clinician = details.clinician().strip();
        this.sessions = details.sessions();
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public long patientId() {
        return patientId;
    }

    public long treatmentId() {
        return treatmentId;
    }

    public BodySite bodySite() {
        return bodySite;
    }

    public CellSource cellSource() {
        return cellSource;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public String clinician() {
        return clinician;
    }

    public int sessions() {
        return sessions;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
