package com.clinicplatform.course;

/** Where a course was given. Stored by name: add constants, never rename them. */
public enum BodySite {
    KNEE_LEFT("Knee, left"),
    KNEE_RIGHT("Knee, right"),
    HIP_LEFT("Hip, left"),
    HIP_RIGHT("Hip, right"),
    SHOULDER_LEFT("Shoulder, left"),
    SHOULDER_RIGHT("Shoulder, right"),
    ELBOW_LEFT("Elbow, left"),
    ELBOW_RIGHT("Elbow, right"),
    ACHILLES_TENDON_LEFT("Achilles tendon, left"),
    ACHILLES_TENDON_RIGHT("Achilles tendon, right"),
    PATELLAR_TENDON_LEFT("Patellar tendon, left"),
    PATELLAR_TENDON_RIGHT("Patellar tendon, right"),
    ANKLE_LEFT("Ankle, left"),
    ANKLE_RIGHT("Ankle, right"),
    LOWER_BACK("Lower back"),
    SYSTEMIC("Systemic (intravenous)");

    private final String label;

    BodySite(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
