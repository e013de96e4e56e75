package com.clinicplatform.course;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * A treatment course as staff record it, with the patient's scores before it started when they were measured.
 *
 * @param baselinePain     0 to 10, or null when not measured
 * @param baselineFunction 0 to 100, or null when not measured; given together with the pain score
 */
public record CourseDetails(
        @NotNull(message = "Choose the treatment") Long treatmentId,
        @NotNull(message = "Choose the body site") BodySite bodySite,
        @NotNull(message = "Choose the cell source") CellSource cellSource,
        @NotNull(message = "Enter the date of the first session")
        @PastOrPresent(message = "Record a course once its first session has taken place") LocalDate startedOn,
        @NotBlank(message = "Enter the clinician's name") @Size(max = 200) String clinician,
        @NotNull(message = "Enter the number of sessions") @Min(value = 1, message = "At least 1 session")
        @Max(value = 20, message = "At most 20 sessions") Integer sessions,
        @Min(value = 0, message = "Pain is scored 0 to 10") @Max(value = 10, message = "Pain is scored 0 to 10")
        Integer baselinePain,
        @Min(value = 0, message = "Function is scored 0 to 100") @Max(value = 100,
                message = "Function is scored 0 to 100") Integer baselineFunction) {

    @AssertTrue(message = "Enter both baseline scores, or neither")
    public boolean isBaselineWhole() {
        return (baselinePain == null) == (baselineFunction == null);
    }
}
