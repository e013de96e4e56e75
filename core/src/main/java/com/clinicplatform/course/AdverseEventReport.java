package com.clinicplatform.course;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * An adverse event as staff report or update it.
 *
 * @param description what happened, in a few words; required for {@link AdverseEventKind#OTHER}
 * @param resolvedOn  when it cleared up, or null while it has not
 */
public record AdverseEventReport(
        @NotNull(message = "Enter when it started")
        @PastOrPresent(message = "It cannot start in the future") LocalDate occurredOn,
        @NotNull(message = "Choose what happened") AdverseEventKind kind,
        @Size(max = 2000, message = "Keep the description under 2,000 characters") String description,
        @NotNull(message = "Choose how severe it was") Severity severity,
        @NotBlank(message = "Enter the action taken, or \"none needed\"")
        @Size(max = 2000, message = "Keep the action under 2,000 characters") String actionTaken,
        @PastOrPresent(message = "It cannot resolve in the future") LocalDate resolvedOn) {

    @AssertTrue(message = "Describe what happened")
    public boolean isDescribedWhenOther() {
        return kind != AdverseEventKind.OTHER || (description != null && !description.isBlank());
    }

    @AssertTrue(message = "It cannot have resolved before it started")
    public boolean isResolvedAfterStart() {
        return resolvedOn == null || occurredOn == null || !resolvedOn.isBefore(occurredOn);
    }
}
