package com.clinicplatform.course;

/** A treatment and when the follow-ups after a course of it fall due. */
public record FollowUpPlanRow(long treatmentId, String treatmentTitle, FollowUpPlan plan) {
}
