package com.clinicplatform.course;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Course histories built in memory, for web-admin's tests that only read them: the entities' constructors are
 * package-private in core, and this class shares their package on the test class path.
 */
public final class CourseHistories {

    private static final Instant RECORDED = Instant.parse("2024-01-01T09:00:00Z");

    private CourseHistories() {
    }

    public static CourseHistory history(String treatmentTitle, BodySite site, LocalDate startedOn,
            List<OutcomeScore> scores, List<AdverseEvent> adverseEvents) {
        var course = new TreatmentCourse(1, new CourseDetails(1L, site, CellSource.PLATELET_RICH_PLASMA, startedOn,
                "Dr Example", 1, null, null), RECORDED);
        return new CourseHistory(course, treatmentTitle, List.of(), scores, adverseEvents);
    }

    public static OutcomeScore baseline(LocalDate measuredOn, int pain, int function) {
        return new OutcomeScore(1, null, measuredOn, pain, function, RECORDED, "Dr Example");
    }

    public static OutcomeScore followUp(LocalDate measuredOn, int pain, int function) {
        return new OutcomeScore(1, 1L, measuredOn, pain, function, RECORDED, "Dr Example");
    }

    public static AdverseEvent adverseEvent(LocalDate occurredOn, Severity severity) {
        return new AdverseEvent(1, new AdverseEventReport(occurredOn, AdverseEventKind.SWELLING, null, severity,
                "None needed", null), RECORDED, "Dr Example");
    }
}
