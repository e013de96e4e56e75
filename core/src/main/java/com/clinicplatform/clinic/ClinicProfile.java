package com.clinicplatform.clinic;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The clinic's details: one per installation, used on every public page. */
@Entity
public class ClinicProfile {

    /** There is only ever one profile; the table enforces it. */
    static final short THE_PROFILE = 1;

    @Id
    private short id = THE_PROFILE;

    @NotBlank @Size(max = 200)
    private String name;

    @NotBlank @Size(max = 40)
    private String phone;

    @NotBlank @Email @Size(max = 254)
    private String email;

    @NotBlank @Size(max = 300)
    private String streetAddress;

    @NotBlank @Size(max = 120)
    private String locality;

    @NotBlank @Size(max = 20)
    private String postalCode;

    @NotBlank @Size(max = 120)
    private String country;

    @NotBlank
    private String disclaimer;

    @ElementCollection
    @CollectionTable(name = "clinic_opening_hours", joinColumns = @JoinColumn(name = "clinic_profile_id"))
    @OrderColumn(name = "position")
    private List<OpeningHours> openingHours = new ArrayList<>();

    @Size(max = 300)
    private String openingHoursNote;

    private String directions;

    private String privacyNotice;

    @Column(nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected ClinicProfile() {
        // for JPA
    }

    ClinicProfile(ClinicDetails details, Instant now) {
        update(details, now);
    }

    void update(ClinicDetails details, Instant now) {
        this.name = details.name();
        this.phone = details.phone();
        this.email = details.email();
        this.streetAddress = details.streetAddress();
        this.locality = details.locality();
        this.postalCode = details.postalCode();
        this.country = details.country();
        this.disclaimer = details.disclaimer();
        this.openingHours.clear();
        this.openingHours.addAll(details.openingHours());
        this.openingHoursNote = details.openingHoursNote();
        this.directions = details.directions();
        this.privacyNotice = details.privacyNotice();
        this.updatedAt = now;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    long version() {
        return version;
    }

    ClinicDetails details() {
        return new ClinicDetails(name, phone, email, streetAddress, locality, postalCode, country, disclaimer,
                openingHours, openingHoursNote, directions, privacyNotice);
    }
}
