package com.clinicplatform.account;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.nulabinc.zxcvbn.Zxcvbn;

/**
 * What a new password must be, after NIST SP 800-63B: long enough, and not one that attackers try first. No rules
 * about kinds of characters. zxcvbn, with its bundled lists of common passwords, names and words and its keyboard and
 * date patterns, judges the second; the answer is a sentence to show beside the field.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    /** BCrypt reads only the first 72 bytes; a longer password would silently lose its end. */
    static final int MAX_BYTES = 72;

    /** zxcvbn's scale runs 0 to 4; below 3 a password falls to an online or slow offline guessing attack. */
    static final int MIN_STRENGTH = 3;
    /** Words that make a password for this platform easier to guess, beside the person's own username. */
    private static final List<String> PLATFORM_WORDS = List.of("clinic", "console", "admin", "patient", "stem", "cell");
    private static final Zxcvbn STRENGTH = new Zxcvbn();

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
        var words = new ArrayList<>(PLATFORM_WORDS);
        if (username != null) {
            words.add(username);
        }
        if (STRENGTH.measure(password, words).getScore() < MIN_STRENGTH) {
            return Optional.of("This password is common or easy to guess. A few unrelated words make a strong one.");
        }
        return Optional.empty();
    }
}
