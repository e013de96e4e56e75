package com.clinicplatform.treatment;

/** Where one revision of a page's content stands. A page has at most one live revision and at most one open one. */
public enum RevisionState {
    /** Being written; only its writers have seen it. */
    DRAFT,
    /** Written, and waiting for someone other than its writers to approve it. */
    AWAITING_APPROVAL,
    /** Approved (or published by an editor while no approval is needed), and going live at its set time. */
    SCHEDULED,
    /** What the public sees. */
    LIVE,
    /** Live once, or never published and replaced: kept as history, to compare and restore. */
    SUPERSEDED;

    /** Still to be published: the page's one open revision. */
    public boolean isOpen() {
        return this == DRAFT || this == AWAITING_APPROVAL || this == SCHEDULED;
    }
}
