package com.clinicplatform.treatment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Everything an editor writes on a condition page: one revision's content. The description is Markdown. */
public record ConditionContent(
        @NotBlank(message = "Give the page a name") @Size(max = 200) String name,
        @NotBlank(message = "Give the page an address") @Size(max = Slug.MAX_LENGTH)
        @Pattern(regexp = "[a-z0-9]+(-[a-z0-9]+)*", message = "Use lower-case letters, digits and hyphens") String slug,
        @NotBlank(message = "Write a short summary") @Size(max = 600) String summary,
        @NotBlank(message = "Describe the condition") String description,
        @Size(max = 70, message = "Search engines show about 60 characters; keep it within 70") String seoTitle,
        @Size(max = 170, message = "Search engines show about 155 characters; keep it within 170")
        String seoDescription,
        @Valid HeroImage hero) implements PageContent<ConditionContent> {

    @Override
    public String heading() {
        return name;
    }

    @Override
    public ConditionContent withSlug(String newSlug) {
        return new ConditionContent(name, newSlug, summary, description, seoTitle, seoDescription, hero);
    }
}
