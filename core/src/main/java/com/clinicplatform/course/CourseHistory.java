package com.clinicplatform.course;

import java.util.List;
import java.util.Optional;

/** One course of a patient's, with everything that followed it, for the patient's page. */
public record CourseHistory(TreatmentCourse course, String treatmentTitle, List<FollowUp> followUps,
        List<OutcomeScore> scores, List<AdverseEvent> adverseEvents) {

    public Optional<OutcomeScore> baseline() {
        return scores.stream().filter(OutcomeScore::isBaseline).findFirst();
    }

    public Optional<OutcomeScore> scoreAt(FollowUp followUp) {
        return scores.stream().filter(score -> score.followUpId().filter(followUp.id()::equals).isPresent())
                .findFirst();
    }
}
