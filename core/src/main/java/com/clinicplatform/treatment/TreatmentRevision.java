package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;

/** One revision of a treatment page's content. */
@Entity
@AttributeOverride(name = "pageId", column = @Column(name = "treatment_id", nullable = false))
class TreatmentRevision extends PageRevision<TreatmentContent> {

    protected TreatmentRevision() {
        // for JPA
    }

    TreatmentRevision(long treatmentId, int number, Integer basedOn, TreatmentContent content, Writer writer,
            Instant now) {
        super(treatmentId, number, basedOn, content, writer, now);
    }

    @Override
    Class<TreatmentContent> contentType() {
        return TreatmentContent.class;
    }

    /** The platform's demo content links its pages to conditions seeded after them: the one change after the fact. */
    void seedConditions(List<Long> conditionIds) {
        replaceContent(content().withConditionIds(conditionIds));
    }
}
