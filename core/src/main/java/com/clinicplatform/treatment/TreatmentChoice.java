package com.clinicplatform.treatment;

/** A published treatment as a patient picks it from a list: its address and title. */
public record TreatmentChoice(long id, String slug, String title) {

    static TreatmentChoice of(Treatment treatment) {
        return new TreatmentChoice(treatment.id(), treatment.slug(), treatment.title());
    }
}
