package com.clinicplatform.course;

import java.time.LocalDate;

/**
 * A line of the "Follow-ups due" work list: the follow-up, and who to call about which course.
 *
 * @param phone international (E.164), or null
 * @param email or null
 */
public record DueFollowUp(long followUpId, long version, FollowUpKind kind, LocalDate dueOn, long patientId,
        String patientName, String phone, String email, String treatmentTitle, BodySite bodySite,
        LocalDate courseStartedOn) {
}
