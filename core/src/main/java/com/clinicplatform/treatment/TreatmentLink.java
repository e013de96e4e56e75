package com.clinicplatform.treatment;

import java.time.Instant;

/** Enough of a published treatment to link to it: its address, title and summary, and when it last changed. */
public record TreatmentLink(String slug, String title, String summary, Instant updatedAt) {

    static TreatmentLink of(Treatment treatment) {
        return new TreatmentLink(treatment.slug(), treatment.title(), treatment.summary(), treatment.updatedAt());
    }
}
