package com.clinicplatform.inquiry;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a patient sent, already checked by the form: the phone number is international (E.164) when given, and at
 * least one of email and phone is present. {@code treatmentSlug} is null for "not sure yet".
 */
public record NewInquiry(
        @NotBlank @Size(max = 200) String fullName,
        @Email @Size(max = 254) String email,
        @Size(max = 20) String phone,
        @Size(max = 40) String phoneAsTyped,
        @NotNull ContactMethod preferredContact,
        @Size(max = 200) String bestTime,
        String treatmentSlug,
        @Size(max = 2000) String message) {
}
