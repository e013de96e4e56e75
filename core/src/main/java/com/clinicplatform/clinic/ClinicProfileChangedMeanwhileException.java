package com.clinicplatform.clinic;

import java.time.Instant;
import java.util.Optional;

/**
 * Someone else saved the clinic's details since this editor read them: saving what the editor saw would overwrite
 * that change unseen, so nothing is saved.
 */
public class ClinicProfileChangedMeanwhileException extends RuntimeException {

    private final String changedBy;
    private final Instant changedAt;

    ClinicProfileChangedMeanwhileException(String changedBy, Instant changedAt) {
        super((changedBy == null ? "Someone else" : changedBy) + " changed the clinic's details meanwhile.");
        this.changedBy = changedBy;
        this.changedAt = changedAt;
    }

    /** The name of whoever made the last change, when the audit trail knows it. */
    public Optional<String> changedBy() {
        return Optional.ofNullable(changedBy);
    }

    /** When the details last changed; empty when there are none now. */
    public Optional<Instant> changedAt() {
        return Optional.ofNullable(changedAt);
    }
}
