package com.clinicplatform.treatment;

/** Where a page stands with the public: only {@link #PUBLISHED} pages are shown on the website. */
public enum PageState {
    /** Never published yet. */
    DRAFT,
    /** Waiting for its publication time. */
    SCHEDULED,
    PUBLISHED,
    /** Was public once and has been taken down. */
    UNPUBLISHED
}
