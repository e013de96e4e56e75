package com.clinicplatform.clinic;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import com.clinicplatform.system.ClinicProperties;

/**
 * Checks {@link PhoneNumber} in the clinic's locale, so a number written without its country code is read as one of
 * the clinic's own country. Spring's validator factory makes it, with the settings injected.
 */
final class PhoneNumberCheck implements ConstraintValidator<PhoneNumber, String> {

    private final ClinicProperties settings;

    PhoneNumberCheck(ClinicProperties settings) {
        this.settings = settings;
    }

    @Override
    public boolean isValid(String typed, ConstraintValidatorContext context) {
        return typed == null || typed.isBlank() || PhoneNumbers.international(typed, settings.locale()).isPresent();
    }
}
