package com.clinicplatform.course;

/** What the injected cells or preparation came from. Stored by name: add constants, never rename them. */
public enum CellSource {
    BONE_MARROW("Bone marrow"),
    ADIPOSE_TISSUE("Adipose tissue"),
    PLATELET_RICH_PLASMA("Platelet-rich plasma"),
    UMBILICAL_CORD("Umbilical cord tissue (donor)");

    private final String label;

    CellSource(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
