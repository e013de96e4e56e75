package com.clinicplatform.treatment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A published treatment page as the public sees it, with its neighbours in the catalogue, the conditions it addresses
 * and other treatments for those conditions.
 */
public record TreatmentPage(
        String slug,
        String title,
        String summary,
        String searchTitle,
        String searchDescription,
        List<TreatmentSection> sections,
        List<FaqEntry> faqs,
        Instant updatedAt,
        Optional<TreatmentLink> previous,
        Optional<TreatmentLink> next,
        List<ConditionLink> conditions,
        List<TreatmentLink> related,
        Optional<PageHero> hero) {
}
