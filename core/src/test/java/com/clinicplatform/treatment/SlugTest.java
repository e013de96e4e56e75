package com.clinicplatform.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Stem Cell Therapy for Hashimoto's Disease | stem-cell-therapy-for-hashimotos-disease",
            "Stem Cell Therapy for Hashimoto’s Disease | stem-cell-therapy-for-hashimotos-disease",
            "Thérapie cellulaire: genou & épaule       | therapie-cellulaire-genou-epaule",
            "  --PRP -- for   Tendons!--               | prp-for-tendons",
            "Straße Ærø                                | strasse-aero",
            "Knee (left) / hip (right)                 | knee-left-hip-right",
            "already-a-slug-2                          | already-a-slug-2"})
    void normalisesTitlesAndTypedSlugs(String text, String slug) {
        assertThat(Slug.of(text)).isEqualTo(slug);
    }

    @ParameterizedTest
    @CsvSource({"knee-pain, true", "knee, true", "a-2, true", "Knee-pain, false", "knee--pain, false", "-knee, false",
            "knee-, false", "knee pain, false", "'', false"})
    void recognisesWellFormedSlugs(String text, boolean wellFormed) {
        assertThat(Slug.isWellFormed(text)).isEqualTo(wellFormed);
    }

    @Test
    void aNulCharacterOrAnOverlongTextIsNoSlug() {
        assertThat(Slug.isWellFormed("knee\u0000pain")).isFalse();
        assertThat(Slug.isWellFormed("a".repeat(81))).isFalse();
        assertThat(Slug.isWellFormed(null)).isFalse();
    }

    @Test
    void textWithoutLettersOrDigitsGivesNothing() {
        assertThat(Slug.of("?! —")).isEmpty();
        assertThat(Slug.unique("?! —", s -> false)).isEqualTo("untitled");
    }

    @Test
    void longTitlesAreCutAtAHyphenWithinEightyCharacters() {
        String title = "Autologous bone marrow concentrate injections for degenerative conditions of the"
                + " lumbar spine and sacroiliac joints";

        String slug = Slug.of(title);

        assertThat(slug).hasSizeLessThanOrEqualTo(80)
                .isEqualTo("autologous-bone-marrow-concentrate-injections-for-degenerative-conditions-of-the");
    }

    @Test
    void aWordLongerThanTheLimitIsCutHard() {
        assertThat(Slug.of("a".repeat(100))).isEqualTo("a".repeat(80));
    }

    @Test
    void takenSlugsGetTheNextFreeNumber() {
        Set<String> taken = Set.of("knee-pain", "knee-pain-2");

        assertThat(Slug.unique("Knee pain", taken::contains)).isEqualTo("knee-pain-3");
        assertThat(Slug.unique("Hip pain", taken::contains)).isEqualTo("hip-pain");
    }

    @Test
    void theNumberStillFitsWithinTheLimit() {
        String base = "word-".repeat(16) + "end";
        Set<String> taken = Set.of(Slug.of(base));

        String slug = Slug.unique(base, taken::contains);

        assertThat(slug).hasSizeLessThanOrEqualTo(80).endsWith("-2").doesNotContain("--");
    }
}
