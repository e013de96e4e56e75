package com.clinicplatform.audit;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One thing a person (or the platform) did, as the trail keeps it.
 *
 * @param details what changed, as ids and codes: never names, messages or anything else a patient wrote
 */
public record AuditEvent(long id, Instant occurredAt, Long actorId, String actorUsername, AuditAction action,
        String targetType, Long targetId, String clientAddress, Map<String, String> details) {

    /** The details as one line of text ({@code from=NEW, to=CONTACTED}), in the order they were recorded. */
    public String detailsText() {
        return details.entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining(", "));
    }

    /** Who did it, as a person reads it. */
    public String actorLabel() {
        return actorUsername == null ? "The platform" : actorUsername;
    }
}
