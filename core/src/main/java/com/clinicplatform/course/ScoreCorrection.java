package com.clinicplatform.course;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** The right scores for a measurement typed wrongly. */
public record ScoreCorrection(
        @NotNull(message = "Enter the pain score") @Min(value = 0, message = "Pain is scored 0 to 10")
        @Max(value = 10, message = "Pain is scored 0 to 10") Integer pain,
        @NotNull(message = "Enter the function score") @Min(value = 0, message = "Function is scored 0 to 100")
        @Max(value = 100, message = "Function is scored 0 to 100") Integer function) {
}
