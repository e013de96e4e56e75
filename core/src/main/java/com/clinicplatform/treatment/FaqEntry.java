package com.clinicplatform.treatment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A frequently asked question on a treatment page; the answer is Markdown. */
@Embeddable
public record FaqEntry(
        @NotBlank @Size(max = 300) @Column(name = "question", nullable = false) String question,
        @NotBlank @Column(name = "answer", nullable = false) String answer) {
}
