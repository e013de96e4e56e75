package com.clinicplatform.treatment;

import java.util.List;

/**
 * Every published treatment, in catalogue order, and the same treatments grouped under the published conditions they
 * address (a treatment may sit under several, or none).
 */
public record Catalogue(List<TreatmentLink> treatments, List<Group> byCondition) {

    public record Group(ConditionLink condition, List<TreatmentLink> treatments) {
    }

    public boolean isEmpty() {
        return treatments.isEmpty();
    }
}
