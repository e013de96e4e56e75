package com.clinicplatform.course;

/** The planned contacts after a course. */
public enum FollowUpKind {
    /** How the course went, with pain and function scores: 6 to 8 weeks after it started. */
    REVIEW("Review"),
    /** Whether a repeat course is wanted: 12 to 36 months after. */
    REPEAT_CHECK("Repeat course check");

    private final String label;

    FollowUpKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
