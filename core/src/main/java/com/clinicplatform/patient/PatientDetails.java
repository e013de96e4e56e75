package com.clinicplatform.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Who a patient is and how to reach them, as a new record is made or a record is corrected.
 *
 * @param email   or null
 * @param phone   international (E.164), or null
 * @param address a postal address on as many lines as it takes, or null
 */
public record PatientDetails(
        @NotBlank(message = "Enter the patient's full name") @Size(max = 200) String fullName,
        @NotNull(message = "Enter the date of birth") @Past(message = "The date of birth must be in the past")
        LocalDate dateOfBirth,
        @Email(message = "Enter an email address such as name@example.com") @Size(max = 254) String email,
        @Pattern(regexp = "\\+[1-9][0-9]{6,14}", message = "Enter a phone number such as 020 7946 0123") String phone,
        @Size(max = 500, message = "Keep the address under 500 characters") String address) {

    public PatientDetails(String fullName, LocalDate dateOfBirth, String email, String phone) {
        this(fullName, dateOfBirth, email, phone, null);
    }

    /** A birth date before 1900 is a typing mistake (1869 for 1969), not a patient. */
    @AssertTrue(message = "Check the year of birth")
    public boolean isBornSince1900() {
        return dateOfBirth == null || dateOfBirth.getYear() >= 1900;
    }
}
