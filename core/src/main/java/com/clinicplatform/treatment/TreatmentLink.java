package com.clinicplatform.treatment;

/** Enough of a published treatment to link to it: its address, title and summary. */
public record TreatmentLink(String slug, String title, String summary) {

    static TreatmentLink of(Treatment treatment) {
        return new TreatmentLink(treatment.slug(), treatment.title(), treatment.summary());
    }
}
