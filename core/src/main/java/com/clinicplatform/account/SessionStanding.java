package com.clinicplatform.account;

import java.time.Instant;
import java.util.Optional;

/** What decides whether a signed-in session may go on: the account is usable and its password unchanged. */
record SessionStanding(boolean enabled, boolean locked, Instant passwordChangedAt, Instant sessionsValidFrom) {

    /**
     * A value that changes whenever the account's password is changed or reset, and whenever an administrator ends its
     * sessions (roles changed, disabled, two-factor sign-in turned off); empty when the account may not be
     * used at all. Sessions keep the stamp they signed in with and compare it for equality, so no clocks of
     * different machines are ever compared.
     */
    Optional<String> stamp() {
        if (!enabled || locked) {
            return Optional.empty();
        }
        return Optional.of("password:" + (passwordChangedAt == null ? "initial" : passwordChangedAt.toString())
                + " sessions:" + (sessionsValidFrom == null ? "initial" : sessionsValidFrom.toString()));
    }
}
