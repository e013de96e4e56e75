package com.clinicplatform.treatment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Everything an editor writes on a treatment page: one revision's content. The slug has been through {@link Slug}'s
 * rule by the time it is saved; the conditions are named by id, so renaming a condition never loses the link.
 */
public record TreatmentContent(
        @NotBlank(message = "Give the page a title") @Size(max = 200) String title,
        @NotBlank(message = "Give the page an address") @Size(max = Slug.MAX_LENGTH)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower-case letters, digits and hyphens") String slug,
        @NotBlank(message = "Write a short summary") @Size(max = 600) String summary,
        @NotNull List<@Valid @NotNull TreatmentSection> sections,
        @NotNull List<@Valid @NotNull FaqEntry> faqs,
        @NotNull List<@NotNull Long> conditionIds,
        @Size(max = 70, message = "Search engines show about 60 characters; keep it within 70") String seoTitle,
        @Size(max = 170, message = "Search engines show about 155 characters; keep it within 170")
        String seoDescription,
        @Valid HeroImage hero) implements PageContent<TreatmentContent> {

    public TreatmentContent {
        // copies that keep any null item, so validation can say what is wrong instead of failing here
        sections = copy(sections);
        faqs = copy(faqs);
        conditionIds = copy(conditionIds);
    }

    private static <T> List<T> copy(List<T> items) {
        return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
    }

    @Override
    public String heading() {
        return title;
    }

    @Override
    public TreatmentContent withSlug(String newSlug) {
        return new TreatmentContent(title, newSlug, summary, sections, faqs, conditionIds, seoTitle, seoDescription,
                hero);
    }

    public TreatmentContent withConditionIds(List<Long> ids) {
        return new TreatmentContent(title, slug, summary, sections, faqs, ids, seoTitle, seoDescription, hero);
    }
}
