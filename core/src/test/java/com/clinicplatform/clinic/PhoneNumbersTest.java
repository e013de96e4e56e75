package com.clinicplatform.clinic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class PhoneNumbersTest {

    @Test
    void aLocalNumberBecomesInternational() {
        assertThat(PhoneNumbers.telUri("020 7946 0321", Locale.UK)).isEqualTo("tel:+442079460321");
    }

    @Test
    void anInternationalNumberStaysAsItIs() {
        assertThat(PhoneNumbers.telUri("+49 (30) 1234-5678", Locale.UK)).isEqualTo("tel:+493012345678");
    }

    @Test
    void anUnreadableNumberKeepsItsDigits() {
        assertThat(PhoneNumbers.telUri("ext. 12", Locale.UK)).isEqualTo("tel:12");
    }
}
