package com.clinicplatform.treatment;

/** The kinds of page the catalogue holds, each at its own addresses: {@code /treatments/…} and {@code /conditions/…}. */
public enum PageKind {
    TREATMENT,
    CONDITION
}
