package com.clinicplatform.course;

import java.util.OptionalDouble;

/**
 * How one treatment's courses went.
 *
 * @param courses             courses recorded
 * @param medianPainChange    the median of (pain at the review − pain at baseline) over courses that have both, the
 *                            review's measured 5 to 10 weeks after the first session; negative is better; empty when
 *                            no course has both yet
 * @param coursesReviewed     how many courses the median is over
 * @param patientsReviewed    how many patients those courses belong to (one with both knees treated counts once)
 * @param coursesWithAdverseEvent courses followed by at least one adverse event
 * @param severeAdverseEvents adverse events graded severe
 */
public record TreatmentOutcome(long treatmentId, String treatmentTitle, long courses, OptionalDouble medianPainChange,
        long coursesReviewed, long patientsReviewed, long coursesWithAdverseEvent, long severeAdverseEvents) {

    /** The share of courses followed by an adverse event, 0 to 1; 0 without courses. */
    public double adverseEventRate() {
        return courses == 0 ? 0 : (double) coursesWithAdverseEvent / courses;
    }
}
