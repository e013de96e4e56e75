package com.clinicplatform.account;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** What a new password must be; the answer is a sentence to show beside the field. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads only the first 72 bytes; a longer password would silently lose its end. */
    static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    /** Why this password cannot be used by this account, or empty when it can. */
    public static Optional<String> problemWith(String password, String username) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of("Use at least " + MIN_LENGTH + " characters.");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("Use at most " + MAX_BYTES + " bytes (about 70 letters).");
        }
        if (password.strip().equalsIgnoreCase(username)) {
            return Optional.of("Your password must not be your username.");
        }
        return Optional.empty();
    }
}
