package com.clinicplatform.publication;

/**
 * Every change to what the public site shows — a treatment, a condition, the clinic's profile — sends a notice on
 * {@link #CHANNEL} when it commits (the triggers live in the migrations), which every listening public-site instance
 * receives.
 */
public final class SiteContentChanges {

    /** The PostgreSQL {@code LISTEN} channel. */
    public static final String CHANNEL = "site_content_changed";

    private SiteContentChanges() {
    }
}
