package com.clinicplatform.treatment;

import java.time.Instant;

/** Enough of a published condition to link to it: its address, name and summary, and when it last changed. */
public record ConditionLink(String slug, String name, String summary, Instant updatedAt) {

    static ConditionLink of(Condition condition) {
        return new ConditionLink(condition.slug(), condition.name(), condition.summary(), condition.updatedAt());
    }
}
