package com.clinicplatform.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Ten single-use codes that stand in for the authenticator app when a phone is lost. They are random (about 50 bits
 * each), so a SHA-256 digest keeps them as safely as a slow password hash would, and checking one is cheap.
 */
@Component
class RecoveryCodes {

    static final int COUNT = 10;
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;

    RecoveryCodes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Replaces the account's codes with ten new ones, returned once, to be shown once. */
    List<String> renew(long accountId) {
        jdbc.sql("delete from account_recovery_code where user_account_id = :id").param("id", accountId).update();
        var codes = new ArrayList<String>();
        while (codes.size() < COUNT) {
            var code = newCode();
            if (!codes.contains(code)) {
                codes.add(code);
            }
        }
        for (var code : codes) {
            jdbc.sql("insert into account_recovery_code (user_account_id, code_digest) values (:id, :digest)")
                    .param("id", accountId).param("digest", digest(code)).update();
        }
        return List.copyOf(codes);
    }

    /** Uses the code up when it is one of the account's unused ones; true when it was. */
    boolean use(long accountId, String typed, Instant now) {
        var code = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT).replace(" ", "");
        if (!code.matches("[a-z0-9]{5}-?[a-z0-9]{5}")) {
            return false;
        }
        if (code.length() == 10) {
            code = code.substring(0, 5) + "-" + code.substring(5);
        }
        return jdbc.sql("""
                update account_recovery_code set used_at = :now
                 where user_account_id = :id and code_digest = :digest and used_at is null
                """)
                .param("now", Timestamp.from(now)).param("id", accountId).param("digest", digest(code))
                .update() == 1;
    }

    int remaining(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where user_account_id = :id and used_at is null")
                .param("id", accountId).query(Integer.class).single();
    }

    void forget(long accountId) {
        jdbc.sql("delete from account_recovery_code where user_account_id = :id").param("id", accountId).update();
    }

    private static String newCode() {
        var code = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                code.append('-');
            }
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    private static String digest(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
