package com.clinicplatform.course;

import java.time.LocalDate;

/** The two halves of the "Follow-ups due" work list. */
public enum FollowUpQueue {
    /** Due today or in the last 14 days: call these now. */
    DUE("Due now"),
    /** Not done within 14 days of the due date: still worth a call, and counted as missed until done. */
    MISSED("Missed");

    private static final LocalDate LONG_AGO = LocalDate.of(1900, 1, 1);

    private final String label;

    FollowUpQueue(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    LocalDate from(LocalDate today) {
        return this == DUE ? today.minusDays(FollowUp.DAYS_BEFORE_MISSED) : LONG_AGO;
    }

    LocalDate by(LocalDate today) {
        return this == DUE ? today : today.minusDays(FollowUp.DAYS_BEFORE_MISSED + 1);
    }
}
