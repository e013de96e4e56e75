package com.clinicplatform.account;

import java.security.SecureRandom;

/** Random passwords for people to read and type once: no letters that look alike, in groups of five. */
public final class GeneratedPasswords {

    /** 31 symbols, without those easily mistaken (0/o, 1/l/i): twenty of them carry about 99 random bits. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private GeneratedPasswords() {
    }

    public static String generate() {
        var password = new StringBuilder();
        for (int group = 0; group < 4; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < 5; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
