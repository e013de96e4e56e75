package com.clinicplatform.course;

import java.time.LocalDate;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;

/**
 * What came of a follow-up: when it took place, whether the patient was reached, the scores measured (a review that
 * reached the patient needs them; a repeat-course check may do without) and a note.
 *
 * @param reached false to close it without reaching the patient (no answer after several tries, or they declined):
 *                then it has no scores
 */
public record FollowUpResult(
        @NotNull(message = "Enter the date of the follow-up")
        @PastOrPresent(message = "The follow-up cannot be in the future") LocalDate doneOn,
        boolean reached,
        @Min(value = 0, message = "Pain is scored 0 to 10") @Max(value = 10, message = "Pain is scored 0 to 10")
        Integer pain,
        @Min(value = 0, message = "Function is scored 0 to 100") @Max(value = 100,
                message = "Function is scored 0 to 100") Integer function,
        @Size(max = 2000, message = "Keep the note under 2,000 characters") String note) {

    public FollowUpResult(LocalDate doneOn, Integer pain, Integer function, String note) {
        this(doneOn, true, pain, function, note);
    }

    @AssertTrue(message = "Enter both scores, or neither")
    public boolean isScoreWhole() {
        return (pain == null) == (function == null);
    }

    @AssertTrue(message = "A patient not reached has no scores")
    public boolean isScoredOnlyWhenReached() {
        return reached || pain == null;
    }

    public boolean hasScores() {
        return pain != null;
    }
}
