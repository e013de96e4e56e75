package com.clinicplatform.treatment;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What it takes to add a treatment to the end of the catalogue; the slug is derived from the title. */
public record NewTreatment(
        @NotBlank @Size(max = 200) String title,
        @NotBlank @Size(max = 600) String summary,
        @Size(max = 70) String seoTitle,
        @Size(max = 170) String seoDescription,
        @NotNull @Valid List<TreatmentSection> sections,
        @NotNull @Valid List<FaqEntry> faqs) {
}
