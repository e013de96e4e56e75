package com.clinicplatform.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "qwertyuiop123", "iloveyou2026", "letmein12345", "123456789012",
            "monkeymonkey", "clinicclinic1", "frontdesk123"})
    void passwordsAttackersTryFirstAreRefusedHoweverLong(String common) {
        assertThat(PasswordPolicy.problemWith(common, "frontdesk")).hasValueSatisfying(
                problem -> assertThat(problem).startsWith("This password is common or easy to guess"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"quiet harbour lantern 42", "copper kettle meadow", "Tulip-Ferry-1987-moss"})
    void longUnrelatedWordsAreAcceptedWithNoRulesAboutKindsOfCharacters(String strong) {
        assertThat(PasswordPolicy.problemWith(strong, "frontdesk")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "short", "elevenchars"})
    void fewerThanTwelveCharactersAreRefusedFirst(String shortOne) {
        assertThat(PasswordPolicy.problemWith(shortOne, "frontdesk")).contains("Use at least 12 characters.");
    }
}
