package com.clinicplatform.course;

/** What kind of complication followed a course. Stored by name: add constants, never rename them. */
public enum AdverseEventKind {
    PAIN_FLARE("Pain flare"),
    SWELLING("Swelling"),
    BRUISING("Bruising"),
    STIFFNESS("Stiffness"),
    INJECTION_SITE_INFECTION("Infection at the injection site"),
    HARVEST_SITE_INFECTION("Infection at the harvest site"),
    HARVEST_SITE_PAIN("Pain at the harvest site"),
    FEVER("Fever"),
    ALLERGIC_REACTION("Allergic reaction"),
    OTHER("Other");

    private final String label;

    AdverseEventKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
