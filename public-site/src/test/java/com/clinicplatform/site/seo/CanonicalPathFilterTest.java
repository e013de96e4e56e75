package com.clinicplatform.site.seo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CanonicalPathFilterTest {

    @ParameterizedTest
    @CsvSource({
            "/, /",
            "/treatments/knee-pain, /treatments/knee-pain",
            "/treatments/knee-pain/, /treatments/knee-pain",
            "/Treatments/Knee-Pain, /treatments/knee-pain",
            "//, /",
            "//elsewhere.example/path, /elsewhere.example/path",
            "/treatments//knee-pain, /treatments/knee-pain",
            "/%2F%2Felsewhere.example/, /%2F%2Felsewhere.example",
            "/Caf%C3%A9, /Caf%C3%A9"
    })
    void thePathHasOneCanonicalFormOnThisSite(String path, String canonical) {
        assertThat(CanonicalPathFilter.canonical(path)).isEqualTo(canonical);
    }
}
