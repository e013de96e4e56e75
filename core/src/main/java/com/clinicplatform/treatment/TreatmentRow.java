package com.clinicplatform.treatment;

import java.time.Instant;

/** One line of the console's treatment list. */
public record TreatmentRow(long id, int position, String title, String slug, PageState state, Instant updatedAt) {

    static TreatmentRow of(Treatment treatment) {
        return new TreatmentRow(treatment.id(), treatment.position(), treatment.title(), treatment.slug(),
                treatment.state(), treatment.updatedAt());
    }
}
