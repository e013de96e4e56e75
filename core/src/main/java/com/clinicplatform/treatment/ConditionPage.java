package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A published condition as the public sees it, with the published treatments that address it. */
public record ConditionPage(
        String slug,
        String name,
        String summary,
        String description,
        String searchTitle,
        String searchDescription,
        Instant updatedAt,
        List<TreatmentLink> treatments,
        Optional<PageHero> hero) {
}
