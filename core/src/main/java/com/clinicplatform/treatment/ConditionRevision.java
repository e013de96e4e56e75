package com.clinicplatform.treatment;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One revision of a condition page's content. */
@Entity
@AttributeOverride(name = "pageId", column = @Column(name = "condition_id", nullable = false))
class ConditionRevision extends PageRevision<ConditionContent> {

    protected ConditionRevision() {
        // for JPA
    }

    ConditionRevision(long conditionId, int number, Integer basedOn, ConditionContent content, Writer writer,
            Instant now) {
        super(conditionId, number, basedOn, content, writer, now);
    }

    @Override
    Class<ConditionContent> contentType() {
        return ConditionContent.class;
    }
}
