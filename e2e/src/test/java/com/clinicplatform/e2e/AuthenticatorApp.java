package com.clinicplatform.e2e;

import java.security.InvalidKeyException;
import java.time.Instant;
import java.util.Locale;

import javax.crypto.spec.SecretKeySpec;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;

import org.apache.commons.codec.binary.Base32;

/** What the phone does in a two-factor sign-in: the six-digit code for a Base32 secret at a moment (RFC 6238). */
final class AuthenticatorApp {

    private AuthenticatorApp() {
    }

    static String codeAt(String secret, Instant at) {
        try {
            return new TimeBasedOneTimePasswordGenerator().generateOneTimePasswordString(
                    new SecretKeySpec(new Base32().decode(secret), "HmacSHA1"), at, Locale.ROOT);
        } catch (InvalidKeyException e) {
            throw new IllegalStateException(e);
        }
    }
}
