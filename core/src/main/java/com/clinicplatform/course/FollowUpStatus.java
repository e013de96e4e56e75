package com.clinicplatform.course;

/** Where a follow-up stands on a given day. Worked out from its dates, never stored. */
public enum FollowUpStatus {
    PLANNED("Planned"),
    DUE("Due"),
    /** Not done within 14 days of its due date. It can still be done; it stays counted as missed until then. */
    MISSED("Missed"),
    DONE("Done"),
    /** Closed without reaching the patient; no scores. Not counted as missed. */
    NOT_REACHED("Closed, not reached");

    private final String label;

    FollowUpStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
