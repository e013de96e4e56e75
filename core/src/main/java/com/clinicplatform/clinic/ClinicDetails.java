package com.clinicplatform.clinic;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The clinic's details as the pages show them; the disclaimer is Markdown. */
public record ClinicDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String phone,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 300) String streetAddress,
        @NotBlank @Size(max = 120) String locality,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 120) String country,
        @NotBlank String disclaimer) {

    /** The postal address on one line. */
    public String addressLine() {
        return String.join(", ", streetAddress, locality, postalCode, country);
    }
}
