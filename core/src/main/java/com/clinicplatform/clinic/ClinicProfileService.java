package com.clinicplatform.clinic;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import jakarta.validation.Valid;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

@Service
@Validated
@Transactional(readOnly = true)
public class ClinicProfileService {

    private final ClinicProfileRepository profiles;
    private final Clock clock;

    ClinicProfileService(ClinicProfileRepository profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
    }

    /** The clinic's details, or empty on an installation where nobody has written them yet. */
    public Optional<ClinicDetails> details() {
        return profiles.findById(ClinicProfile.THE_PROFILE).map(ClinicProfile::details);
    }

    /** When the clinic's details last changed, or empty when nobody has written them yet. */
    public Optional<Instant> updatedAt() {
        return profiles.findById(ClinicProfile.THE_PROFILE).map(ClinicProfile::updatedAt);
    }

    @Transactional
    public void save(@Valid ClinicDetails details) {
        profiles.findById(ClinicProfile.THE_PROFILE).ifPresentOrElse(
                profile -> profile.update(details, clock.instant()),
                () -> profiles.save(new ClinicProfile(details, clock.instant())));
    }
}
