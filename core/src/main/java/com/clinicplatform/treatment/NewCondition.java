package com.clinicplatform.treatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What it takes to add a condition to the end of the list; the slug is derived from the name. */
public record NewCondition(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 600) String summary,
        @NotBlank String description,
        @Size(max = 70) String seoTitle,
        @Size(max = 170) String seoDescription) {
}
