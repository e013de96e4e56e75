package com.clinicplatform.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class ClinicPropertiesTest {

    @Test
    void refusesToStartWithoutASigningSecret() {
        assertThatThrownBy(() -> new ClinicProperties(null, null, null, " ", null, null, null))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("CLINIC_SIGNING_SECRET is not set");
    }

    @Test
    void refusesAShortSecretWithoutRepeatingIt() {
        assertThatThrownBy(() -> new ClinicProperties(null, null, null, "s3cret-but-short", null, null, null))
                .isInstanceOf(MissingSettingException.class)
                .hasMessageContaining("too short")
                .message().doesNotContain("s3cret-but-short");
    }

    @Test
    void fillsInTheDefaultsAndNeverPrintsTheSecret() {
        var properties = new ClinicProperties(null, null, Path.of("relative"), "x".repeat(40), null,
                null, List.of(" 10.0.0.0/8 ", ""));

        assertThat(properties.timeZone()).isEqualTo(ZoneId.of("Europe/London"));
        assertThat(properties.locale()).isEqualTo(Locale.UK);
        assertThat(properties.trustedProxies()).containsExactly("10.0.0.0/8");
        assertThat(properties.dataDir()).isAbsolute().hasFileName("relative");
        assertThat(properties.toString()).doesNotContain("x".repeat(40));
        assertThat(properties.publicUrl("/treatments/knee")).isEqualTo("http://localhost:8080/treatments/knee");
    }
}
