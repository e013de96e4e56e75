package com.clinicplatform.course;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** When the follow-ups after a course of one treatment fall due, as staff keep it. */
@Entity
public class FollowUpPlan {

    public static final int DEFAULT_REVIEW_AFTER_WEEKS = 6;
    public static final int DEFAULT_REPEAT_AFTER_MONTHS = 12;

    @Id
    private Long treatmentId;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int reviewAfterWeeks;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private int repeatAfterMonths;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected FollowUpPlan() {
        // for JPA
    }

    /** The plan a treatment follows until staff set its own. */
    static FollowUpPlan standard(long treatmentId) {
        var plan = new FollowUpPlan();
        plan.treatmentId = treatmentId;
        plan.reviewAfterWeeks = DEFAULT_REVIEW_AFTER_WEEKS;
        plan.repeatAfterMonths = DEFAULT_REPEAT_AFTER_MONTHS;
        return plan;
    }

    void change(int reviewAfterWeeks, int repeatAfterMonths, Instant now) {
        this.reviewAfterWeeks = reviewAfterWeeks;
        this.repeatAfterMonths = repeatAfterMonths;
        this.updatedAt = now;
    }

    public long treatmentId() {
        return treatmentId;
    }

    public int reviewAfterWeeks() {
        return reviewAfterWeeks;
    }

    public int repeatAfterMonths() {
        return repeatAfterMonths;
    }

    /** Null until the plan is first saved; compared on saving so two people never overwrite each other. */
    public Long version() {
        return version;
    }
}
