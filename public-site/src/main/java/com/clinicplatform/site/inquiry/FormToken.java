package com.clinicplatform.site.inquiry;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import com.clinicplatform.system.SignedTokens;

/**
 * What the form's hidden {@code _csrf} field carries, signed: the form's key (one inquiry per rendered form, however
 * often it is sent) and when the form was first shown (how fast it was filled in). A page shown again after an
 * error keeps both.
 */
record FormToken(UUID formKey, Instant firstShown) {

    private static final String PURPOSE = "inquiry-form";

    static FormToken fresh(Instant now) {
        return new FormToken(UUID.randomUUID(), now);
    }

    String signedWith(SignedTokens tokens) {
        return tokens.sign(PURPOSE, formKey + "|" + firstShown.getEpochSecond());
    }

    /** The token a form came back with, if this installation signed it. */
    static Optional<FormToken> read(String signed, SignedTokens tokens) {
        return tokens.verify(PURPOSE, signed).flatMap(payload -> {
            String[] parts = payload.split("\\|");
            try {
                return Optional.of(new FormToken(UUID.fromString(parts[0]),
                        Instant.ofEpochSecond(Long.parseLong(parts[1]))));
            } catch (RuntimeException e) {
                return Optional.empty();
            }
        });
    }
}
