package com.clinicplatform.course;

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

/** A planned contact after a course: due on a day, done, or missed when still not done two weeks later. */
@Entity
public class FollowUp {

    /** How long after its due date a follow-up not done counts as missed. */
    public static final int DAYS_BEFORE_MISSED = 14;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long courseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private FollowUpKind kind;

    @Column(nullable = false)
    private LocalDate dueOn;

    private LocalDate doneOn;

    private String doneByName;

    private String note;

    /** Closed without reaching the patient: no answer after several tries, or they declined. */
    private boolean notReached;

    @Version
    private long version;

    protected FollowUp() {
        // for JPA
    }

    FollowUp(long courseId, FollowUpKind kind, LocalDate dueOn) {
        this.courseId = courseId;
        this.kind = kind;
        this.dueOn = dueOn;
    }

    void reschedule(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    void done(LocalDate on, String by, String note, boolean reached) {
        this.doneOn = on;
        this.doneByName = by;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.notReached = !reached;
    }

    /** Erasure on request: what staff wrote about the call may name the patient. */
    void forgetNote() {
        this.note = null;
    }

    public FollowUpStatus status(LocalDate today) {
        if (doneOn != null) {
            return notReached ? FollowUpStatus.NOT_REACHED : FollowUpStatus.DONE;
        }
        if (today.isAfter(dueOn.plusDays(DAYS_BEFORE_MISSED))) {
            return FollowUpStatus.MISSED;
        }
        return today.isBefore(dueOn) ? FollowUpStatus.PLANNED : FollowUpStatus.DUE;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public FollowUpKind kind() {
        return kind;
    }

    public LocalDate dueOn() {
        return dueOn;
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    public Optional<String> doneByName() {
        return Optional.ofNullable(doneByName);
    }

    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    public long version() {
        return version;
    }
}
