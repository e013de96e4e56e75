package com.clinicplatform.course;

import java.util.OptionalDouble;

/**
 * How one treatment's courses went.
 *
 * @param courses             courses recorded
 * @param medianPainChange    the median of (pain at the review − pain at baseline) over courses that have both;
 *                            negative is better; empty when no course has both yet
 * @param patientsReviewed    how many patients those courses belong to: the figure behind the median
 * @param coursesWithAdverseEvent courses followed by at least one adverse event
 * @param severeAdverseEvents adverse events graded severe
 */
public record TreatmentOutcome(long treatmentId, String treatmentTitle, long courses, OptionalDouble medianPainChange,
        long patientsReviewed, long coursesWithAdverseEvent, long severeAdverseEvents) {

    /** The share of courses followed by an adverse event, 0 to 1; 0 without courses. */
    public double adverseEventRate() {
        return courses == 0 ? 0 : (double) coursesWithAdverseEvent / courses;
    }
}
