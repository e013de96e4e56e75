package com.clinicplatform.account;

import java.time.Instant;

/** What decides whether a session signed in earlier may go on: the account is usable and its password unchanged. */
record SessionStanding(boolean enabled, boolean locked, Instant passwordChangedAt) {

    boolean allowsSessionFrom(Instant signedInAt) {
        return enabled && !locked && (passwordChangedAt == null || !passwordChangedAt.isAfter(signedInAt));
    }
}
