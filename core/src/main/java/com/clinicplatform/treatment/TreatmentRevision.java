package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;

import org.hibernate.annotations.ColumnTransformer;

/** One revision of a treatment page's content. */
@Entity
class TreatmentRevision extends PageRevision {

    @Column(nullable = false)
    private long treatmentId;

    @Convert(converter = ContentJson.OfTreatment.class)
    @Column(nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    private TreatmentContent content;

    protected TreatmentRevision() {
        // for JPA
    }

    TreatmentRevision(long treatmentId, int number, Integer basedOn, TreatmentContent content, Writer writer,
            Instant now) {
        super(number, basedOn, writer, now);
        this.treatmentId = treatmentId;
        this.content = content;
    }

    void write(TreatmentContent newContent, Writer writer, Instant now) {
        written(writer, now);
        this.content = newContent;
    }

    /** The platform's demo content links its pages to conditions seeded after them: the one change after the fact. */
    void seedConditions(List<Long> conditionIds) {
        content = content.withConditionIds(conditionIds);
    }

    long treatmentId() {
        return treatmentId;
    }

    TreatmentContent content() {
        return content;
    }
}
