package com.clinicplatform.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SignedTokensTest {

    private final SignedTokens tokens = tokensWith("a-signing-secret-for-tests-0123456789abcdef");

    @Test
    void aTokenCarriesItsPayloadForItsPurpose() {
        String token = tokens.sign("form", "key|1700000000");

        assertThat(tokens.verify("form", token)).contains("key|1700000000");
    }

    @Test
    void anythingElseIsRefused() {
        String token = tokens.sign("form", "key|1700000000");
        String[] parts = token.split("\\.");

        assertThat(tokens.verify("preview", token)).as("another purpose").isEmpty();
        assertThat(tokens.verify("form", tokens.sign("form", "other").split("\\.")[0] + "." + parts[1]))
                .as("another payload under this signature").isEmpty();
        assertThat(tokensWith("another-secret-entirely-0123456789abcdefgh").verify("form", token))
                .as("another installation").isEmpty();
        for (String junk : new String[] {null, "", ".", "abc", "a.b.c", "!!!.???", parts[0] + "."}) {
            assertThat(tokens.verify("form", junk)).as(String.valueOf(junk)).isEmpty();
        }
    }

    private static SignedTokens tokensWith(String secret) {
        return new SignedTokens(new ClinicProperties(null, null, null, secret, null, null, List.of()));
    }
}
