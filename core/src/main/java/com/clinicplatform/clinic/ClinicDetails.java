package com.clinicplatform.clinic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The clinic's details as the pages show them. The disclaimer, directions and privacy notice are Markdown; the
 * opening hours list when the clinic is open, and any day they do not mention is closed.
 */
public record ClinicDetails(
        @NotBlank(message = "Enter the clinic's name") @Size(max = 200, message = LONGER_THAN) String name,
        @NotBlank(message = "Enter the phone number patients call") @Size(max = 40, message = LONGER_THAN)
        @PhoneNumber String phone,
        @NotBlank(message = "Enter the email address patients write to")
        @Email(message = "Enter an email address such as desk@example.com") @Size(max = 254, message = LONGER_THAN)
        String email,
        @NotBlank(message = "Enter the street address") @Size(max = 300, message = LONGER_THAN) String streetAddress,
        @NotBlank(message = "Enter the town or city") @Size(max = 120, message = LONGER_THAN) String locality,
        @NotBlank(message = "Enter the postcode") @Size(max = 20, message = LONGER_THAN) String postalCode,
        @NotBlank(message = "Enter the country") @Size(max = 120, message = LONGER_THAN) String country,
        @NotBlank(message = "Write the medical disclaimer every page shows") String disclaimer,
        @NotNull List<@Valid @NotNull OpeningHours> openingHours,
        @Size(max = 300, message = LONGER_THAN) String openingHoursNote,
        String directions,
        String privacyNotice) {

    static final String LONGER_THAN = "Keep it to {max} characters or fewer";

    public ClinicDetails {
        // a copy that keeps any null item, so validation can say what is wrong instead of failing here
        openingHours = openingHours == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(openingHours));
    }

    /** A lunch break splits a day into two openings; two that overlap are a typing mistake. */
    @AssertTrue(message = "Two openings on the same day overlap: one must close before the other opens")
    boolean isOpeningHoursApart() {
        for (int i = 0; i < openingHours.size(); i++) {
            for (int j = i + 1; j < openingHours.size(); j++) {
                if (overlap(openingHours.get(i), openingHours.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean overlap(OpeningHours one, OpeningHours other) {
        if (one == null || other == null || one.day() == null || one.day() != other.day() || one.opens() == null
                || one.closes() == null || other.opens() == null || other.closes() == null) {
            return false;  // what is missing has its own message
        }
        return one.opens().isBefore(other.closes()) && other.opens().isBefore(one.closes());
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
