package com.clinicplatform.patient;

/** What a patient may agree to, in the words staff read out to them. */
public enum ConsentKind {
    HEALTH_RECORDS("Keeping health records for their care"),
    FOLLOW_UP_CONTACT("Being contacted about follow-ups by phone or email"),
    OUTCOME_RESEARCH("Their outcomes, without their name, in the clinic's results");

    private final String label;

    ConsentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
