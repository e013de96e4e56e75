package com.clinicplatform.publication;

import java.time.Instant;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Every change to what the public site shows — a treatment, a condition, the clinic's profile — notifies
 * {@link #CHANNEL} when it commits and moves {@link #lastChanged()} forward.
 */
@Service
public class SiteContentChanges {

    /** The PostgreSQL {@code LISTEN} channel. */
    public static final String CHANNEL = "site_content_changed";

    private final JdbcClient jdbc;

    SiteContentChanges(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** When the site's content last changed anywhere: no public page has changed since. */
    public Instant lastChanged() {
        return jdbc.sql("select changed_at from site_content_change where id = 1")
                .query(OffsetDateTime.class).single().toInstant();
    }
}
