package com.clinicplatform.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * Pain on the 0–10 numeric rating scale (10 the worst imaginable) and function on 0–100 (100 full function),
 * measured at a course's baseline or at one of its follow-ups.
 */
@Entity
public class OutcomeScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Long courseId;

    /** Null at baseline. */
    private Long followUpId;

    @Column(nullable = false)
    private LocalDate measuredOn;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int pain;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    @Column(name = "function_score")
    private int function;

    @Column(nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String recordedByName;

    private Instant correctedAt;

    private String correctedByName;

    @Version
    private long version;

    protected OutcomeScore() {
        // for JPA
    }

    OutcomeScore(long courseId, Long followUpId, LocalDate measuredOn, int pain, int function, Instant recordedAt,
            String recordedByName) {
        this.courseId = courseId;
        this.followUpId = followUpId;
        this.measuredOn = measuredOn;
        this.pain = pain;
        this.function = function;
        this.recordedAt = recordedAt;
        this.recordedByName = recordedByName;
    }

    void correct(int pain, int function, Instant at, String by) {
        this.pain = pain;
        this.function = function;
        this.correctedAt = at;
        this.correctedByName = by;
    }

    /** Who last corrected the scores, if anyone did. */
    public Optional<String> correctedByName() {
        return Optional.ofNullable(correctedByName);
    }

    public long version() {
        return version;
    }

    /** A baseline follows its course's first session when that is corrected. */
    void measuredOn(LocalDate day) {
        this.measuredOn = day;
    }

    public Long id() {
        return id;
    }

    public long courseId() {
        return courseId;
    }

    public Optional<Long> followUpId() {
        return Optional.ofNullable(followUpId);
    }

    public boolean isBaseline() {
        return followUpId == null;
    }

    public LocalDate measuredOn() {
        return measuredOn;
    }

    public int pain() {
        return pain;
    }

    public int function() {
        return function;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    public String recordedByName() {
        return recordedByName;
    }
}
