package com.clinicplatform.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A complication after a course: what, when, how serious, what was done about it, and whether it has resolved. */
@Entity
public class AdverseEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long courseId;

    @Column(nullable = false)
    private LocalDate occurredOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AdverseEventKind kind;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Severity severity;

    @Column(nullable = false)
    private String actionTaken;

    private LocalDate resolvedOn;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedByName;

    @Version
    private long version;

    protected AdverseEvent() {
        // for JPA
    }

    AdverseEvent(long courseId, AdverseEventReport report, Instant recordedAt, String recordedByName) {
        this.courseId = courseId;
        this.recordedAt = recordedAt;
        this.recordedByName = recordedByName;
        change(report);
    }

    void change(AdverseEventReport report) {
        this.occurredOn = report.occurredOn();
        this.kind = report.kind();
        this.description = report.description() == null || report.description().isBlank() ? null
                : report.description().strip();
        this.severity = report.severity();
        this.actionTaken = report.actionTaken().strip();
        this.resolvedOn = report.resolvedOn();
    }

    public AdverseEventReport report() {
        return new AdverseEventReport(occurredOn, kind, description, severity, actionTaken, resolvedOn);
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public LocalDate occurredOn() {
        return occurredOn;
    }

    public AdverseEventKind kind() {
        return kind;
    }

    public Optional<String> description() {
        return Optional.ofNullable(description);
    }

    public Severity severity() {
        return severity;
    }

    public String actionTaken() {
        return actionTaken;
    }

    public Optional<LocalDate> resolvedOn() {
        return Optional.ofNullable(resolvedOn);
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedByName() {
        return recordedByName;
    }

    public long version() {
        return version;
    }
}
