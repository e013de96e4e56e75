package com.clinicplatform.audit;

import java.time.LocalDate;

/**
 * Which audit events to show. Every part is optional.
 *
 * @param action     only this kind of event
 * @param actor      only what this username did (exact, any case)
 * @param targetType only events about this kind of record ({@code inquiry}, {@code patient}…)
 * @param targetId   only events about this record
 * @param from       on or after this day (in the clinic's time zone)
 * @param until      on or before this day
 */
public record AuditFilter(AuditAction action, String actor, String targetType, Long targetId, LocalDate from,
        LocalDate until) {

    public static final AuditFilter EVERYTHING = new AuditFilter(null, null, null, null, null, null);

    public AuditFilter {
        actor = actor == null || actor.isBlank() ? null : actor.strip();
        targetType = targetType == null || targetType.isBlank() ? null : targetType.strip();
    }
}
