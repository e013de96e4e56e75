package com.clinicplatform.account;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;

/**
 * The six-digit codes an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps), from a secret shared as
 * Base32, which is what every such app accepts.
 */
public final class AuthenticatorCodes {

    /** 160 bits, the length RFC 4226 recommends; shorter than 128 bits is refused. */
    private static final int SECRET_BYTES = 20;
    private static final int MIN_SECRET_BYTES = 16;
    private static final long STEP_SECONDS = TimeBasedOneTimePasswordGenerator.DEFAULT_TIME_STEP.toSeconds();
    private static final TimeBasedOneTimePasswordGenerator GENERATOR = new TimeBasedOneTimePasswordGenerator();
    private static final SecureRandom RANDOM = new SecureRandom();

    private AuthenticatorCodes() {
    }

    /** A new random secret, as Base32 without padding or spaces. */
    public static String newSecret() {
        var bytes = new byte[SECRET_BYTES];
        RANDOM.nextBytes(bytes);
        return new Base32().encodeAsString(bytes).replace("=", "");
    }

    /** The secret as apps show it and people may type it (any case, spaces allowed), made canonical; or an error. */
    public static String normalise(String secret) {
        var canonical = secret == null ? "" : secret.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        var base32 = new Base32();
        if (canonical.isEmpty() || !base32.isInAlphabet(canonical) || base32.decode(canonical).length < MIN_SECRET_BYTES) {
            throw new IllegalArgumentException("A two-factor secret must be Base32 and carry at least "
                    + MIN_SECRET_BYTES * 8 + " bits");
        }
        return canonical.replace("=", "");
    }

    /** The code an app shows at {@code at}: what tests and scripted checks type. */
    public static String codeAt(String secret, Instant at) {
        return code(secret, step(at));
    }

    /**
     * The time step {@code code} belongs to, when it is right at {@code now} or one step either side of it (a phone's
     * clock a little off, a code typed as it changed) and later than {@code afterStep}, the last one accepted.
     */
    static OptionalLong matchingStep(String secret, String code, Instant now, long afterStep) {
        var typed = code == null ? "" : code.replaceAll("\\s", "");
        if (!typed.matches("[0-9]{6}")) {
            return OptionalLong.empty();
        }
        long current = step(now);
        for (long step = current - 1; step <= current + 1; step++) {
            if (step > afterStep && MessageDigest.isEqual(code(secret, step).getBytes(
                    StandardCharsets.US_ASCII), typed.getBytes(StandardCharsets.US_ASCII))) {
                return OptionalLong.of(step);
            }
        }
        return OptionalLong.empty();
    }

    /** What an app's QR code carries: the account, the issuer and the secret (Key Uri Format). */
    public static String setupUri(String issuer, String username, String secret) {
        var label = encode(issuer + ":" + username);
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=6&period=" + STEP_SECONDS;
    }

    private static long step(Instant at) {
        return Math.floorDiv(at.getEpochSecond(), STEP_SECONDS);
    }

    private static String code(String secret, long step) {
        var key = new SecretKeySpec(new Base32().decode(secret), "HmacSHA1");
        try {
            return GENERATOR.generateOneTimePasswordString(key, Instant.ofEpochSecond(step * STEP_SECONDS),
                    Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA1 refused a key", e);
        }
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
