package com.clinicplatform.treatment;

import java.time.Instant;

/**
 * One line of the console's treatment list.
 *
 * @param change where the page's open revision stands (a draft, waiting for approval, scheduled); null when none
 * @param publishAt when a scheduled change goes live
 */
public record TreatmentRow(long id, int position, String title, String slug, PageState state, Instant updatedAt,
        RevisionState change, Instant publishAt) {

    static TreatmentRow of(Treatment treatment, TreatmentRevision open) {
        return new TreatmentRow(treatment.id(), treatment.position(), treatment.title(), treatment.slug(),
                treatment.state(), treatment.updatedAt(), open == null ? null : open.state(),
                open == null ? null : open.publishAt());
    }
}
