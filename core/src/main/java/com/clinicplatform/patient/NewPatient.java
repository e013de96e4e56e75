package com.clinicplatform.patient;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Size;

/**
 * A patient record about to be created.
 *
 * @param phone international (E.164), or null
 */
public record NewPatient(@NotBlank @Size(max = 200) String fullName, @NotNull @Past LocalDate dateOfBirth,
        @Size(max = 254) String email, @Size(max = 20) String phone) {
}
