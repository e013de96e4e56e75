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
            "/Caf%C3%A9, /Caf%C3%A9",
            "/treatments/stem%2dcell-therapy, /treatments/stem-cell-therapy",
            "/%74reatments, /treatments",
            "/%54reatments/Knee, /treatments/knee",
            "/treatments/knee-pain;jsessionid=abc, /treatments/knee-pain",
            "/treatments;x=1/knee-pain, /treatments/knee-pain",
            "/%zz/%2, /%zz/%2",
            "/%2F%2F, /%2F%2F",
            "/treatments/%2e%2e, /treatments/%2e%2e"
    })
    void thePathHasOneCanonicalFormOnThisSite(String path, String canonical) {
        assertThat(CanonicalPathFilter.canonical(path)).isEqualTo(canonical);
    }
}
