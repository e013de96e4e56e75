package com.clinicplatform.system;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.stereotype.Component;

/**
 * Short texts signed with {@code CLINIC_SIGNING_SECRET} (HMAC-SHA256), so one request can hand the browser something
 * a later request, on any instance of either app, can trust: a form's key and first render time, the way to a
 * confirmation page, a draft preview. Each token names its purpose, so one kind can never pass for another.
 */
@Component
public class SignedTokens {

    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    SignedTokens(ClinicProperties settings) {
        this.key = new SecretKeySpec(settings.signingSecret().strip().getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** {@code payload} (readable by anyone: never put a secret in it) with its signature for {@code purpose}. */
    public String sign(String purpose, String payload) {
        String encoded = ENCODER.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
        return encoded + "." + ENCODER.encodeToString(mac(purpose, encoded));
    }

    /** The payload of a token this installation signed for {@code purpose}; empty for anything else. */
    public Optional<String> verify(String purpose, String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0 || dot != token.lastIndexOf('.')) {
            return Optional.empty();
        }
        String encoded = token.substring(0, dot);
        try {
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(signature, mac(purpose, encoded))) {
                return Optional.empty();
            }
            return Optional.of(new String(DECODER.decode(encoded), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            return Optional.empty();  // not Base64: not ours
        }
    }

    /**
     * A keyed hash of {@code value} for {@code purpose}: the same value always gives the same text, and nobody without
     * the secret can tell which value it came from (a client's address in a rate limit, say).
     */
    public String fingerprint(String purpose, String value) {
        return ENCODER.encodeToString(mac(purpose, value));
    }

    private byte[] mac(String purpose, String encodedPayload) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac.doFinal((purpose + ":" + encodedPayload).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("Every JDK has " + ALGORITHM, e);
        }
    }
}
