package com.clinicplatform.treatment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The picture at the top of a page: an uploaded image, by its key, and the words that stand in for it for people who
 * cannot see it, which every hero needs.
 */
public record HeroImage(
        @NotBlank @Pattern(regexp = "[a-z0-9]{1,32}") String imageKey,
        @NotBlank(message = "Describe the picture for people who cannot see it")
        @Size(max = 300) String alt) {
}
