package com.clinicplatform.clinic;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The clinic is open on this day from {@code opens} until {@code closes}; a day may have two such spans. */
@Embeddable
public record OpeningHours(
        @NotNull(message = "Choose the day") @Enumerated(EnumType.STRING)
        @Column(name = "day_of_week", nullable = false) DayOfWeek day,
        @NotNull(message = "Enter when it opens") @Column(name = "opens", nullable = false) LocalTime opens,
        @NotNull(message = "Enter when it closes") @Column(name = "closes", nullable = false) LocalTime closes) {

    @AssertTrue(message = "Must close after it opens")
    boolean isClosingAfterOpening() {
        return opens == null || closes == null || opens.isBefore(closes);
    }
}
