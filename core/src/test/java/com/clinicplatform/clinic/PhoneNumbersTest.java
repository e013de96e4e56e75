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

    @Test
    void storedNumbersReadAsStaffWriteThem() {
        assertThat(PhoneNumbers.readable("+442079460321", Locale.UK)).isEqualTo("020 7946 0321");
        assertThat(PhoneNumbers.readable("+33123456789", Locale.UK)).isEqualTo("+33 1 23 45 67 89");
        assertThat(PhoneNumbers.readable("not a number", Locale.UK)).isEqualTo("not a number");
    }
}
