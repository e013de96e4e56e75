package com.clinicplatform.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One titled part of a treatment page, such as "How does it work?"; the body is Markdown. */
@Embeddable
public record TreatmentSection(
        @NotBlank @Size(max = 200) @Column(name = "heading", nullable = false) String heading,
        @NotBlank @Column(name = "body", nullable = false) String body) {
}
