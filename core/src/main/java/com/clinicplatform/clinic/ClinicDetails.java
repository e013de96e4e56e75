package com.clinicplatform.clinic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The clinic's details as the pages show them. The disclaimer, directions and privacy notice are Markdown; the
 * opening hours list when the clinic is open, and any day they do not mention is closed.
 */
public record ClinicDetails(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 40) String phone,
        @NotBlank @Email @Size(max = 254) String email,
        @NotBlank @Size(max = 300) String streetAddress,
        @NotBlank @Size(max = 120) String locality,
        @NotBlank @Size(max = 20) String postalCode,
        @NotBlank @Size(max = 120) String country,
        @NotBlank String disclaimer,
        @NotNull List<@Valid @NotNull OpeningHours> openingHours,
        @Size(max = 300) String openingHoursNote,
        String directions,
        String privacyNotice) {

    public ClinicDetails {
        // a copy that keeps any null item, so validation can say what is wrong instead of failing here
        openingHours = openingHours == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(openingHours));
    }

    public ClinicDetails withName(String newName) {
        return new ClinicDetails(newName, phone, email, streetAddress, locality, postalCode, country, disclaimer,
                openingHours, openingHoursNote, directions, privacyNotice);
    }

    /** These details with the opening hours, directions and privacy notice of {@code other}. */
    public ClinicDetails withVisitingDetailsOf(ClinicDetails other) {
        return new ClinicDetails(name, phone, email, streetAddress, locality, postalCode, country, disclaimer,
                other.openingHours, other.openingHoursNote, other.directions, other.privacyNotice);
    }

    /** The postal address on one line. */
    public String addressLine() {
        return String.join(", ", streetAddress, locality, postalCode, country);
    }
}
